package org.casework.web.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /compliance-dates}: the steps of issued enforcement notices that fall due in the coming days and those
 * already missed, with notice-service's counts of each (the list is soonest first).
 */
public record ComplianceDates(LocalDate today, int days, long due, long missed, List<Item> items) {

    public ComplianceDates {
        items = Lists.orEmpty(items);
    }

    /** One step: whose notice, which step, by when, and whether the date has passed or an appeal suspends it. */
    public record Item(String noticeId, Optional<String> noticeReference, Optional<String> organisationName,
            int position, LocalDate complianceDate, boolean missed, boolean suspendedByAppeal) {

        public Item {
            noticeReference = Lists.orEmpty(noticeReference);
            organisationName = Lists.orEmpty(organisationName);
        }
    }
}
