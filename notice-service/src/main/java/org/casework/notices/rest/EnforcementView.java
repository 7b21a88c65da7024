package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enforcement notice's own parts as the API answers them. */
public record EnforcementView(@Schema(maxLength = Lengths.REASONS) String failures, boolean urgent,
        @Schema(maxLength = Lengths.NOTE) String urgencyReasons,
        @Schema(maxItems = NoticeLimits.STEPS) List<StepView> steps) {

    @Schema(description = "A step of an enforcement notice and the caseworker's finding on it")
    public record StepView(UUID id, @Schema(minimum = "1", maximum = "" + NoticeLimits.STEPS) int position,
            @Schema(maxLength = Lengths.NOTE) String text,
            @Schema(description = "The step must be taken by the end of this day (London)") LocalDate complianceDate,
            StepStatus status, @Schema(maxLength = Produced.NAME) String decidedBy, Instant decidedAt,
            @Schema(maxLength = Lengths.NOTE) String note) {

        static StepView of(EnforcementStep s) {
            return new StepView(s.id, s.position, s.text, s.complianceDate, s.status, s.decidedBy, s.decidedAt, s.note);
        }
    }

    /** Null for notices of other types. */
    static EnforcementView of(Notice n) {
        if (n.type != NoticeType.ENFORCEMENT_NOTICE) {
            return null;
        }
        return new EnforcementView(n.enforcementFailures, n.enforcementUrgent, n.enforcementUrgencyReasons,
                n.enforcementSteps.stream().map(StepView::of).toList());
    }
}
