package org.casework.notices.rest;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.investigation.AssessmentTerms;
import org.casework.notices.domain.investigation.InformationNoticeBasis;
import org.casework.notices.domain.investigation.InformationTerms;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a draft information notice or assessment notice, as the API takes and answers them. */
public final class InvestigatoryTermsRequests {

    private InvestigatoryTermsRequests() {
    }

    @Schema(description = "Information notice only (DPA 2018 s.142): what is required, in what form and by when")
    public record InformationRequest(
            @Schema(description = "The limb of s.142(1) the notice is given under (s.142(2)(a))")
            InformationNoticeBasis basis,
            @Schema(description = "The information or category of information required (s.142(3)(a))")
            @Size(max = Lengths.REASONS) @SafeText(multiline = true) String information,
            @Schema(description = "The form in which it is to be provided (s.142(3)(b))")
            @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String form,
            @Schema(description = "Days beginning when the notice is given (s.142(3)(c)); the last day may not fall "
                    + "before the appeal period ends (s.142(5)), so at least 30, unless urgent (s.142(7): at least 2)")
            @Min(1) @Max(NoticeLimits.PERIOD_DAYS) Integer complianceDays,
            @Schema(description = "The notice states that the information is required urgently (s.142(7))")
            Boolean urgent,
            @Schema(description = "The Commissioner's reasons for urgency (s.142(7)(b)); required when urgent")
            @Size(max = Lengths.NOTE) @SafeText(multiline = true) String urgencyReasons) {

        InformationTerms toTerms() {
            return new InformationTerms(basis, information, form, complianceDays, Boolean.TRUE.equals(urgent),
                    urgencyReasons);
        }

        static InformationRequest of(InformationTerms t) {
            return t == null ? null : new InformationRequest(t.basis(), t.information(), t.form(), t.complianceDays(),
                    t.urgent(), t.urgencyReasons());
        }
    }

    @Schema(description = "Assessment notice only (DPA 2018 s.146-147): what is inspected, when, which documents and "
            + "people, and the confirmation that the recipient is not an exempt body")
    public record AssessmentRequest(
            @Schema(description = "The premises to enter and what will be inspected or observed there (s.146(2)(a), (f), (g))")
            @Size(max = Lengths.REASONS) @SafeText(multiline = true) String inspection,
            @Schema(description = "The day of the inspection; after the appeal period (s.146(6)), or if urgent at the "
                    + "earliest the day after 7 days beginning when the notice is given (s.146(8))")
            LocalDate inspectOn,
            @Schema(description = "The time of day, London time",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "10:00", maxLength = Lengths.TIME)
            LocalTime inspectAt,
            @Schema(description = "Documents the Commissioner is to be directed to (s.146(2)(b)); \"none\" if none")
            @Size(max = Lengths.NOTE) @SafeText(multiline = true) String documents,
            @Schema(description = "People to be made available for interview (s.146(2)(h)); \"none\" if none")
            @Size(max = Lengths.NOTE) @SafeText(multiline = true) String people,
            Boolean urgent,
            @Size(max = Lengths.NOTE) @SafeText(multiline = true) String urgencyReasons,
            @Schema(description = "The drafter confirms the recipient is not a body to which s.147(6) forbids giving an "
                    + "assessment notice; issue is refused without it (422)")
            Boolean recipientNotExempt,
            @Schema(description = "How that was checked, e.g. the register consulted")
            @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String exemptionCheck) {

        AssessmentTerms toTerms() {
            return new AssessmentTerms(inspection, inspectOn, inspectAt, documents, people, Boolean.TRUE.equals(urgent),
                    urgencyReasons, Boolean.TRUE.equals(recipientNotExempt), exemptionCheck, null, null);
        }

        static AssessmentRequest of(AssessmentTerms t) {
            return t == null ? null : new AssessmentRequest(t.inspection(), t.inspectOn(), t.inspectAt(), t.documents(),
                    t.people(), t.urgent(), t.urgencyReasons(), t.recipientNotExempt(), t.exemptionCheck());
        }
    }
}
