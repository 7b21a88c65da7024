package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.FailureToComply;
import org.casework.notices.domain.FailureToComplyRules;
import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.investigation.NonComplianceRecord;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Failing to comply with a notice (DPA 2018 s.155(1)(b)): the record on the notice, and the basis of a penalty. */
public final class NonComplianceViews {

    private NonComplianceViews() {
    }

    @Schema(description = "The record that an information or assessment notice was not complied with (DPA 2018 "
            + "s.155(1)(b))")
    public record NonComplianceView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String reference,
            NoticeType type, @Schema(maxLength = Lengths.NOTE) String failure, LocalDate periodEndedOn,
            @Schema(maxLength = Lengths.NOTE) String note, LocalDate appealEndedOn,
            @Schema(maxLength = Produced.NAME) String recordedBy, Instant recordedAt,
            @Schema(maxLength = Lengths.WRITTEN) String rule) {

        static NonComplianceView of(Notice n) {
            NonComplianceRecord r = n.nonCompliance;
            return r == null ? null : new NonComplianceView(n.id, n.reference, n.type, r.failure, r.periodEndedOn,
                    r.note, r.appealEndedOn, r.recordedBy, r.recordedAt, FailureToComplyRules.BASIS_RULE);
        }
    }

    @Schema(description = "Notice of intent or penalty notice for failing to comply with a notice (DPA 2018 "
            + "s.155(1)(b)): the notice not complied with; the maximum is the higher maximum (s.157(4))")
    public record FailureToComplyView(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String reference,
            NoticeType type, LocalDate givenOn, @Schema(maxLength = Lengths.WRITTEN) String rule,
            @Schema(enumeration = { "STANDARD", "HIGHER" }) String maximumTier,
            @Schema(maxLength = Lengths.WRITTEN) String maximumRule) {

        static FailureToComplyView of(FailureToComply f) {
            return f == null ? null : new FailureToComplyView(f.noticeId, f.reference, f.type, f.givenOn,
                    FailureToComplyRules.BASIS_RULE, FailureToComplyRules.requiredTier(f).name(),
                    FailureToComplyRules.MAXIMUM_RULE);
        }
    }
}
