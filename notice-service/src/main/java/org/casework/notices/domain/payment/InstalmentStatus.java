package org.casework.notices.domain.payment;

/** PAID: covered by payments; DUE: not yet past its working-day due date; OVERDUE: past it and not covered. */
public enum InstalmentStatus {
    PAID, DUE, OVERDUE
}
