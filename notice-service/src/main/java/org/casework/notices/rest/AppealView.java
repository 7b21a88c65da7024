package org.casework.notices.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.AppealStatus;
import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.service.AppealDocuments;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appeal to the First-tier Tribunal against a final decision, as staff see it. */
public record AppealView(UUID id, UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
        UUID caseId, @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
        @Schema(maxLength = Lengths.NAME) String organisationName, LocalDate lodgedOn,
        @Schema(description = "The statutory last day to appeal: 28 days after the notice was sent (GRC Rules 2009 r.22(1)(b))")
        LocalDate appealDueOn,
        @Schema(description = "The last day in time: appealDueOn, or the next working day in England and Wales (r.12(2))")
        LocalDate workingDayDueOn,
        @Schema(description = "True when lodged after workingDayDueOn and admitted late by the tribunal (r.22(6), r.5(3)(a))")
        boolean lateAppealAdmitted, @Schema(maxLength = Lengths.SHORT_TEXT) String lateAppealReason,
        @Schema(maxLength = Lengths.EXTERNAL_REFERENCE) String tribunalReference,
        @Schema(maxLength = Lengths.REASONS) String grounds,
        @Schema(maxItems = NoticeLimits.APPEAL_DOCUMENTS) List<DocumentView> documents, AppealStatus status,
        OutcomeView outcome, OnwardView onwardAppeal,
        @Schema(description = "True when the organisation had waived its appeal for a settlement discount, now lost")
        boolean settlementLost, @Schema(maxLength = Produced.NAME) String recordedBy, Instant recordedAt,
        @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long version) {

    public record DocumentView(UUID id, @Schema(maxLength = Lengths.FILE_NAME) String fileName,
            @Schema(maxLength = Lengths.CONTENT_TYPE) String contentType,
            @Schema(minimum = "1", maximum = "" + AppealDocuments.MAX_BYTES) long size,
            @Schema(maxLength = Produced.SHA256_HEX) String sha256) {
    }

    public record OutcomeView(AppealStatus outcome, LocalDate decidedOn,
            @Schema(maxLength = Lengths.REASONS) String note,
            Money amount, @Schema(minimum = "1", maximum = "" + NoticeLimits.VARIED_PERIOD_DAYS) Integer paymentDays,
            @Schema(maxLength = Lengths.REASONS) String terms, @Schema(maxLength = Produced.NAME) String decidedBy,
            Instant decidedAt) {
    }

    public record OnwardView(LocalDate lodgedOn,
            @Schema(enumeration = { "UPPER_TRIBUNAL", "COURT_OF_APPEAL" }) String court,
            @Schema(maxLength = Lengths.EXTERNAL_REFERENCE) String reference,
            @Schema(maxLength = Lengths.REASONS) String note,
            @Schema(maxLength = Produced.NAME) String recordedBy, Instant recordedAt, LocalDate decidedOn,
            @Schema(maxLength = Lengths.REASONS) String outcomeNote,
            @Schema(maxLength = Produced.NAME) String decidedBy,
            Instant decidedAt) {
    }

    public static AppealView of(Appeal a, Notice n, List<DocumentView> documents) {
        OutcomeView outcome = a.outcomeDecidedOn == null ? null : new OutcomeView(a.status, a.outcomeDecidedOn,
                a.outcomeNote, CalculationView.money(a.outcomeAmount), a.outcomePaymentDays, a.outcomeTerms,
                a.outcomeDecidedBy, a.outcomeDecidedAt);
        OnwardView onward = a.onwardLodgedOn == null ? null : new OnwardView(a.onwardLodgedOn, a.onwardCourt,
                a.onwardReference, a.onwardNote, a.onwardRecordedBy, a.onwardRecordedAt, a.onwardDecidedOn,
                a.onwardOutcomeNote, a.onwardDecidedBy, a.onwardDecidedAt);
        return new AppealView(a.id, a.noticeId, n.reference, n.caseId, n.caseReference, n.organisationName, a.lodgedOn,
                a.appealDueOn, a.workingDayDueOn, a.lateAppealAdmitted, a.lateAppealReason, a.tribunalReference,
                a.grounds, documents, a.status, outcome, onward, a.settlementLost, a.recordedBy, a.recordedAt,
                a.version);
    }

    /** What the organisation sees of its appeal: no staff names. */
    @Schema(name = "PortalAppealView")
    public record PortalAppealView(UUID id, UUID noticeId,
            @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
            LocalDate lodgedOn, LocalDate appealDueOn, LocalDate workingDayDueOn, boolean lateAppealAdmitted,
            @Schema(maxLength = Lengths.EXTERNAL_REFERENCE) String tribunalReference, AppealStatus status,
            LocalDate decidedOn, Money substitutedAmount,
            @Schema(minimum = "1", maximum = "" + NoticeLimits.VARIED_PERIOD_DAYS) Integer substitutedPaymentDays,
            @Schema(maxLength = Lengths.REASONS) String substitutedTerms, boolean settlementLost,
            LocalDate onwardAppealLodgedOn,
            @Schema(enumeration = { "UPPER_TRIBUNAL", "COURT_OF_APPEAL" }) String onwardAppealCourt,
            LocalDate onwardAppealDecidedOn) {

        public static PortalAppealView of(Appeal a, Notice n) {
            return new PortalAppealView(a.id, a.noticeId, n.reference, a.lodgedOn, a.appealDueOn, a.workingDayDueOn,
                    a.lateAppealAdmitted, a.tribunalReference, a.status, a.outcomeDecidedOn,
                    CalculationView.money(a.outcomeAmount), a.outcomePaymentDays, a.outcomeTerms, a.settlementLost,
                    a.onwardLodgedOn, a.onwardCourt, a.onwardDecidedOn);
        }
    }
}
