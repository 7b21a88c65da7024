package org.casework.cases.repository;

import java.util.Set;

import org.casework.cases.domain.CaseStatus;

/**
 * Filters of the case list; null or empty means "any".
 *
 * @param statuses any of these states
 * @param assignee the assigned caseworker's subject, exactly
 * @param organisation the organisation's id exactly, or the start of its name (any case)
 * @param text words to find in title and summary (PostgreSQL full-text search, English)
 */
public record CaseSearchCriteria(Set<CaseStatus> statuses, String assignee, String organisation, String text) {

    /** The same filters but any organisation (the search applies that one itself, in two parts). */
    public CaseSearchCriteria withoutOrganisation() {
        return new CaseSearchCriteria(statuses, assignee, null, text);
    }
}
