package org.casework.portal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One notice given to the organisation ({@code GET /portal/issued-notices/{id}}), with its dates and documents, and how
 * it was given: {@code notice.givenOn} is the day it counts as given, {@code sentOn} the day it was sent.
 */
public record NoticeDetail(NoticeSummary notice, Optional<Money> amount, Optional<LocalDate> representationsDueOn,
        Optional<LocalDate> requiredBy, Optional<LocalDate> paymentDueOn, Optional<LocalDate> appealDueOn,
        Optional<LocalDate> appealDueOnWorkingDay, boolean appealPending, List<Document> documents,
        Optional<String> givingMethod, Optional<LocalDate> sentOn, Optional<String> givingProvision) {

    public NoticeDetail {
        givingMethod = givingMethod == null ? Optional.empty() : givingMethod;
        sentOn = sentOn == null ? Optional.empty() : sentOn;
        givingProvision = givingProvision == null ? Optional.empty() : givingProvision;
        amount = amount == null ? Optional.empty() : amount;
        representationsDueOn = representationsDueOn == null ? Optional.empty() : representationsDueOn;
        requiredBy = requiredBy == null ? Optional.empty() : requiredBy;
        paymentDueOn = paymentDueOn == null ? Optional.empty() : paymentDueOn;
        appealDueOn = appealDueOn == null ? Optional.empty() : appealDueOn;
        appealDueOnWorkingDay = appealDueOnWorkingDay == null ? Optional.empty() : appealDueOnWorkingDay;
        documents = documents == null ? List.of() : documents;
    }

    /** A document of the notice as given, with the SHA-256 anyone can check the downloaded file against. */
    public record Document(String step, LocalDate givenOn, String sha256, String href) {
    }
}
