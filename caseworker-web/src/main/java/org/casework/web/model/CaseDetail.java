package org.casework.web.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A case as case-service answers {@code GET /cases/{id}}. Its version is the ETag an update sends back. */
public record CaseDetail(String id, String reference, String status, Optional<String> assignee, String title,
        String summary, String source, Organisation organisation, Incident incident, List<Finding> findings,
        Instant openedAt, long version) {

    public CaseDetail {
        assignee = Lists.orEmpty(assignee);
        findings = Lists.orEmpty(findings);
    }

    /** Notices can be drafted while the case is investigated or waits for a decision after a notice of intent. */
    public boolean acceptsNotices() {
        return "INVESTIGATING".equals(status) || "NOTICE_OF_INTENT_ISSUED".equals(status);
    }

    /** case-service refuses corrections once the case is decided (under appeal too) or closed. */
    public boolean factsCorrectable() {
        return !"DECIDED".equals(status) && !"APPEALED".equals(status) && !"CLOSED".equals(status);
    }

    public boolean assignedTo(String subject) {
        return assignee.filter(subject::equals).isPresent();
    }

    public record Organisation(Optional<String> id, String name, List<LegalEntity> legalEntities,
            Optional<Turnover> worldwideTurnover) {

        public Organisation {
            id = Lists.orEmpty(id);
            legalEntities = Lists.orEmpty(legalEntities);
            worldwideTurnover = Lists.orEmpty(worldwideTurnover);
        }
    }

    public record LegalEntity(String name, Optional<String> companyNumber, Optional<String> address) {

        public LegalEntity {
            companyNumber = Lists.orEmpty(companyNumber);
            address = Lists.orEmpty(address);
        }
    }

    public record Turnover(BigDecimal amount, String currency, LocalDate financialYearEnd) {
    }

    public record Incident(Optional<LocalDate> occurredOn, Optional<LocalDate> discoveredOn,
            Optional<LocalDate> reportedOn, long peopleAffected, List<String> dataCategories,
            boolean specialCategoryData) {

        public Incident {
            occurredOn = Lists.orEmpty(occurredOn);
            discoveredOn = Lists.orEmpty(discoveredOn);
            reportedOn = Lists.orEmpty(reportedOn);
            dataCategories = Lists.orEmpty(dataCategories);
        }
    }

    public record Finding(String id, String provision, String description, Instant recordedAt) {
    }
}
