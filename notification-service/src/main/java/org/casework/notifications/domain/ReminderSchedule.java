package org.casework.notifications.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When to remind an organisation of a deadline: a configured number of London calendar days before the
 * last day (default 7 and 2). The last day itself counts: a period "beginning with" the day of giving ends
 * at the end of its last day (DPA 2018 Sch 16 para 3(4); DESIGN §2), so a reminder on that day is still in time.
 */
public record ReminderSchedule(List<Integer> daysBefore) {

    public ReminderSchedule {
        daysBefore = daysBefore.stream().distinct().sorted().toList();
        if (daysBefore.isEmpty() || daysBefore.get(0) < 0) {
            throw new IllegalArgumentException("reminder offsets must be zero or more days, at least one");
        }
    }

    /**
     * The reminder due today for a deadline on {@code lastDay}: the nearest offset whose day has come. A run
     * that missed an earlier offset's day (the service was down) sends only the nearest one, never a burst of
     * stale reminders; nothing once the last day has passed.
     */
    public Optional<Integer> dueOn(LocalDate today, LocalDate lastDay) {
        if (today.isAfter(lastDay)) {
            return Optional.empty();
        }
        return daysBefore.stream().filter(d -> !today.isBefore(lastDay.minusDays(d))).findFirst();
    }
}
