package org.casework.notifications.domain;

import java.time.LocalDate;

/** A last day (a London calendar date, inclusive) by which the organisation must do something. */
public record Deadline(DeadlineKind kind, LocalDate dueOn) {

    public String action() {
        return kind.action();
    }
}
