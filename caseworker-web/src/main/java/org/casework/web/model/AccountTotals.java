package org.casework.web.model;

/**
 * {@code GET /penalty-accounts/totals}: what all penalties still owe, what of it is overdue, what the regulator
 * must pay back, and how many accounts each figure counts. notice-service sums the amounts exactly; this
 * only prints them.
 */
public record AccountTotals(Money outstanding, long overdueCount, Money overdueBalance, long recoveriesPossible,
        Money refundsDue, long refundsDueCount, long accounts) {
}
