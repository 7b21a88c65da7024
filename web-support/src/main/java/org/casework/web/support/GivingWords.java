package org.casework.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How and when a notice was given, in plain words for both web modules: "[Given] by email on Sunday 6 December 2026
 * (sent Friday 4 December; an emailed notice is treated as given 48 hours after it is sent: DPA 2018 s.141A)". The
 * rules themselves live in notice-service (domain.giving); this only words what it answered.
 */
public final class GivingWords {

    private static final DateTimeFormatter SAME_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private GivingWords() {
    }

    /**
     * How and when a notice was given by {@code method} (BY_HAND, LEFT_AT_ADDRESS, POST or EMAIL; null when not
     * recorded) under {@code provision}, sent on {@code sentOn} and treated as given on {@code givenOn}, under a
     * "Given" heading (a summary list's row): "By email on Sunday 6 December 2026 (sent ...)". A notice whose method
     * was not recorded keeps its plain date, "5 October 2026".
     */
    public static String detail(String method, String provision, LocalDate sentOn, LocalDate givenOn) {
        if (givenOn == null) {
            return "Not yet given";
        }
        String how = how(method);
        if (how == null) {
            return GovukFormats.longDate(givenOn);
        }
        return Character.toUpperCase(how.charAt(0)) + how.substring(1) + " on " + GovukFormats.weekdayDate(givenOn)
                + because(method, provision, sentOn, givenOn);
    }

    private static String how(String method) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case "BY_HAND" -> "by hand";
            case "LEFT_AT_ADDRESS" -> "by leaving it at the address";
            case "POST" -> "by post";
            case "EMAIL" -> "by email";
            default -> null;
        };
    }

    private static String because(String method, String provision, LocalDate sentOn, LocalDate givenOn) {
        String law = provision == null ? "Data Protection Act 2018" : provision;
        if (method == null) {
            return "";
        }
        return switch (method) {
            case "BY_HAND" -> " (a notice handed over is given that day: " + law + ")";
            case "LEFT_AT_ADDRESS" -> " (a notice left at the address is given that day: " + law + ")";
            case "POST" -> " (posted " + sent(sentOn, givenOn) + "; a posted notice is treated as given when it would "
                    + "arrive in the ordinary course of post, the second working day after posting: " + law
                    + " and Interpretation Act 1978 s.7)";
            case "EMAIL" -> " (sent " + sent(sentOn, givenOn) + "; an emailed notice is treated as given 48 hours "
                    + "after it is sent: " + law + ")";
            default -> "";
        };
    }

    /** The hint for each method on a form asking how a notice will be given. */
    public static String hint(String method) {
        return switch (method) {
            case "BY_HAND" -> "Handed to an officer, partner or member of the organisation. It is given that day.";
            case "LEFT_AT_ADDRESS" -> "Left at the organisation's proper address. It is given that day.";
            case "POST" -> "Posted to that address. It is given on the second working day after posting, so a notice "
                    + "posted on a Friday is given on the Tuesday.";
            case "EMAIL" -> "Sent to the organisation's email address. It is given 48 hours after it is sent, so a "
                    + "notice emailed on a Friday is given on the Sunday.";
            default -> "";
        };
    }

    private static String sent(LocalDate sentOn, LocalDate givenOn) {
        if (sentOn == null) {
            return "earlier";
        }
        return sentOn.getYear() == givenOn.getYear() ? SAME_YEAR.format(sentOn) : GovukFormats.weekdayDate(sentOn);
    }
}
