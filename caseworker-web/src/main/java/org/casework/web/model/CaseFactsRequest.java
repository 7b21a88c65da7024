package org.casework.web.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's facts as case-service takes them: the body of {@code POST /cases}, and a merge patch of
 * {@code PATCH /cases/{id}} that sets every fact to what the form shows (a null removes an optional fact).
 */
public record CaseFactsRequest(String title, String summary, String source, Organisation organisation,
        Incident incident) {

    public record Organisation(String id, String name, List<LegalEntity> legalEntities, Turnover worldwideTurnover) {
    }

    public record LegalEntity(String name, String companyNumber, String address) {
    }

    /** The amount as a decimal string, as every money value in the APIs. */
    public record Turnover(String amount, String currency, LocalDate financialYearEnd) {
    }

    public record Incident(LocalDate occurredOn, LocalDate discoveredOn, LocalDate reportedOn, Long peopleAffected,
            List<String> dataCategories, Boolean specialCategoryData) {
    }
}
