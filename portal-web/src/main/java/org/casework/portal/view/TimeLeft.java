package org.casework.portal.view;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How long is left until a date, in words, counted in London calendar days: "today", "tomorrow", "6 days left". */
public final class TimeLeft {

    private TimeLeft() {
    }

    public static String until(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < -1) {
            return (-days) + " days ago";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        return days + " days left";
    }

    /** Whether the date has passed. */
    public static boolean passed(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }
}
