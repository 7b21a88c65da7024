package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.enforcement.EnforcementDraft;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The enforcement notice's own parts of a draft (DPA 2018 s.149-150); refused on any other type. */
@Schema(description = "Enforcement notice only: the failures, the steps with their compliance dates, and urgency")
public record EnforcementRequest(
        @Schema(description = "What the organisation has failed or is failing to do (DPA 2018 s.150(1)(a))")
        @Size(max = Lengths.REASONS) @SafeText(multiline = true) String failures,
        @Schema(description = "The Commissioner considers compliance urgent (s.150(8)): steps may then fall due from "
                + "the day after the notice is given instead of after the appeal period; reasons are required")
        Boolean urgent,
        @Size(max = Lengths.NOTE) @SafeText(multiline = true) String urgencyReasons,
        @Schema(description = "In order. Each compliance date must fall after the last working day for an appeal "
                + "(s.150(6)), or for an urgent notice after the day it is given (s.150(8))")
        @Size(max = NoticeLimits.STEPS) List<@NotNull @Valid StepRequest> steps) {

    public record StepRequest(@NotBlank @Size(max = Lengths.NOTE) @SafeText(multiline = true) String text,
            @NotNull LocalDate complianceDate) {
    }

    EnforcementDraft toDraft() {
        return new EnforcementDraft(failures, Boolean.TRUE.equals(urgent), urgencyReasons, steps == null ? List.of()
                : steps.stream().map(s -> new EnforcementDraft.Step(s.text(), s.complianceDate())).toList());
    }

    /** The draft's enforcement parts as they stand (the base of a merge patch); null on other types. */
    static EnforcementRequest of(Notice n) {
        if (n.type != org.casework.notices.domain.NoticeType.ENFORCEMENT_NOTICE) {
            return null;
        }
        return new EnforcementRequest(n.enforcementFailures, n.enforcementUrgent, n.enforcementUrgencyReasons,
                n.enforcementSteps.stream().map(s -> new StepRequest(s.text, s.complianceDate)).toList());
    }
}
