package org.casework.notices.domain.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.casework.notices.domain.Lengths;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an assessment notice requires (DPA 2018 s.146(2)): the premises and what the Commissioner will inspect there,
 * the day (and time) of the inspection, the documents to be shown and the people to be made available for interview,
 * with urgency stated with its reasons (s.146(8)). The drafter's confirmation that the recipient is not a body the Act
 * exempts (s.147(6)) is recorded with who gave it and when. Stored as JSON on the notice.
 */
public record AssessmentTerms(@Schema(maxLength = Lengths.REASONS) String inspection, LocalDate inspectOn,
        LocalTime inspectAt,
        @Schema(maxLength = Lengths.NOTE) String documents, @Schema(maxLength = Lengths.NOTE) String people,
        boolean urgent,
        @Schema(maxLength = Lengths.NOTE) String urgencyReasons, boolean recipientNotExempt,
        @Schema(maxLength = Lengths.SHORT_TEXT) String exemptionCheck,
        @Schema(maxLength = Produced.NAME) String exemptionConfirmedBy,
        Instant exemptionConfirmedAt) {

    /** The same terms, with the confirmation (if given) attributed to {@code subject} at {@code at}. */
    public AssessmentTerms confirmedBy(String subject, Instant at) {
        return recipientNotExempt
                ? new AssessmentTerms(inspection, inspectOn, inspectAt, documents, people, urgent, urgencyReasons, true,
                        exemptionCheck, subject, at)
                : new AssessmentTerms(inspection, inspectOn, inspectAt, documents, people, urgent, urgencyReasons,
                false,
                        exemptionCheck, null, null);
    }
}
