package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.investigation.InformationOrder;
import org.casework.notices.domain.investigation.InformationOrderStage;
import org.casework.notices.domain.investigation.RestrictionClaim;
import org.casework.notices.domain.investigation.RestrictionGround;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How restriction claims (DPA 2018 s.143) and information-order steps (s.145) are answered. */
public final class InvestigatoryViews {

    private InvestigatoryViews() {
    }

    public record RestrictionClaimView(UUID id, UUID noticeId, RestrictionGround ground,
            @Schema(maxLength = Lengths.WRITTEN) String rule, @Schema(maxLength = Lengths.CLAIM) String statement,
            @Schema(maxLength = Produced.NAME) String claimedBy, Instant claimedAt, Boolean viewAccepted,
            @Schema(maxLength = Lengths.CLAIM) String viewNote, @Schema(maxLength = Produced.NAME) String viewedBy,
            Instant viewedAt) {

        static RestrictionClaimView of(RestrictionClaim c) {
            return new RestrictionClaimView(c.id, c.noticeId, c.ground, c.ground.rule(), c.statement, c.claimedBy,
                    c.claimedAt, c.viewAccepted, c.viewNote, c.viewedBy, c.viewedAt);
        }
    }

    /** The organisation's view: its claim and the regulator's view, without staff names. */
    @Schema(name = "PortalRestrictionClaimView")
    public record PortalRestrictionClaimView(UUID id, UUID noticeId, RestrictionGround ground,
            @Schema(maxLength = Lengths.WRITTEN) String rule, @Schema(maxLength = Lengths.CLAIM) String statement,
            Instant claimedAt, Boolean viewAccepted, @Schema(maxLength = Lengths.CLAIM) String viewNote,
            Instant viewedAt) {

        static PortalRestrictionClaimView of(RestrictionClaim c) {
            return new PortalRestrictionClaimView(c.id, c.noticeId, c.ground, c.ground.rule(), c.statement, c.claimedAt,
                    c.viewAccepted, c.viewNote, c.viewedAt);
        }
    }

    @Schema(name = "InformationOrderView")
    public record InformationOrderView(UUID id, UUID noticeId, InformationOrderStage stage,
            @Schema(maxLength = Lengths.COURT) String court, LocalDate on,
            @Schema(maxLength = Lengths.EXTERNAL_REFERENCE) String courtReference,
            @Schema(maxLength = Lengths.NOTE) String note,
            @Schema(maxLength = Produced.NAME) String recordedBy, Instant recordedAt) {

        static InformationOrderView of(InformationOrder o) {
            return new InformationOrderView(o.id, o.noticeId, o.stage, o.court, o.stageOn, o.courtReference, o.note,
                    o.recordedBy, o.recordedAt);
        }
    }
}
