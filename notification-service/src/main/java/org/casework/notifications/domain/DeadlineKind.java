package org.casework.notifications.domain;

/** The deadlines a given notice sets, each with what the organisation must do by then, in plain words. */
public enum DeadlineKind {
    REPRESENTATIONS("make representations"),
    PAYMENT("pay the penalty"),
    APPEAL("appeal to the First-tier Tribunal");

    private final String action;

    DeadlineKind(String action) {
        this.action = action;
    }

    /** What to do by the deadline, to follow "You must ...". */
    public String action() {
        return action;
    }
}
