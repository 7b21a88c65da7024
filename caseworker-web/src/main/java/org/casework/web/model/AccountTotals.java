package org.casework.web.model;

/** {@code GET /penalty-accounts/totals}: the counts the dashboard shows (the money totals are not read here). */
public record AccountTotals(long overdueCount, long recoveriesPossible) {
}
