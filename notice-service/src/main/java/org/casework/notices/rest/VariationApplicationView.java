package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.enforcement.VariationApplication;
import org.casework.notices.domain.enforcement.VariationApplication.DateChange;
import org.casework.notices.domain.enforcement.VariationApplication.Kind;
import org.casework.notices.domain.enforcement.VariationApplication.NamedStep;
import org.casework.notices.domain.enforcement.VariationApplication.Status;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application to cancel or vary an enforcement notice (DPA 2018 s.153) and its decision, as the API answers it. */
public record VariationApplicationView(UUID id, UUID noticeId, Kind kind,
        @Schema(description = "The steps the organisation says need not be complied with as they stand, with any date "
                + "it asks for", maxItems = NoticeLimits.STEPS) List<NamedStep> steps,
        @Schema(description = "The change of circumstances the application rests on (s.153(3)(b))",
                maxLength = Lengths.REASONS) String grounds,
        @Schema(description = "Staff only; null in the portal", nullable = true, maxLength = Produced.NAME) String appliedBy,
        Instant appliedAt, LocalDate appliedOn,
        @Schema(description = "PENDING until decided; CANCELLED or VARIED when granted, REFUSED otherwise (a refusal "
                + "may be appealed to the First-tier Tribunal, s.162(2))") Status status,
        @Schema(maxLength = Lengths.REASONS) String decisionReasons,
        @Schema(description = "Staff only; null in the portal", nullable = true, maxLength = Produced.NAME) String decidedBy,
        Instant decidedAt,
        @Schema(description = "Granted as a variation: each step's compliance date before and after", nullable = true,
                maxItems = NoticeLimits.STEPS)
        List<DateChange> changes,
        @Schema(description = "Granted as a variation: the notice's variation, whose document is at "
                + "/notices/{id}/variations/{variationId}/document", nullable = true, maxLength = Produced.UUID)
        UUID variationId) {

    public static VariationApplicationView of(VariationApplication a) {
        return new VariationApplicationView(a.id, a.noticeId, a.kind, a.steps, a.grounds, a.appliedBy, a.appliedAt,
                a.appliedOn, a.status, a.decisionReasons, a.decidedBy, a.decidedAt, a.changes, a.variationId);
    }

    /** The organisation's view: no staff names. */
    public VariationApplicationView forPortal() {
        return new VariationApplicationView(id, noticeId, kind, steps, grounds, null, appliedAt, appliedOn, status,
                decisionReasons, null, decidedAt, changes, variationId);
    }
}
