package org.casework.notices.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What notice-service reads of a case: who investigates it, where it stands, whom a notice can address. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSnapshot(UUID id, String reference, String status, String assignee, String title,
        Organisation organisation, Incident incident) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(String id, String name, List<LegalEntity> legalEntities, Turnover worldwideTurnover) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalEntity(String name, String companyNumber, String address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Turnover(BigDecimal amount, String currency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Incident(Long peopleAffected, List<String> dataCategories, Boolean specialCategoryData) {
    }
}
