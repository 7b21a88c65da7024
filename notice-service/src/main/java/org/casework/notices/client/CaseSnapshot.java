package org.casework.notices.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.FourEyes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What notice-service reads of a case: who investigates it and has (four eyes), where it stands, whom a
 * notice can address.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSnapshot(UUID id, String reference, String status, String assignee, List<String> everAssigned,
        String title, Organisation organisation, Incident incident, List<Finding> findings) {

    /** Four eyes over this case and a notice drafted by {@code drafter}; absent lists count as empty. */
    public FourEyes fourEyes(String drafter) {
        return FourEyes.of(drafter, assignee, everAssigned == null ? List.of() : everAssigned,
                findings == null ? List.of() : findings.stream().map(Finding::recordedBy).toList());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String provision, String recordedBy) {
    }

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
