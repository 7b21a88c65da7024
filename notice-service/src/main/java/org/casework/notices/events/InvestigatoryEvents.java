package org.casework.notices.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.investigation.InformationOrder;
import org.casework.notices.domain.investigation.NonComplianceRecord;
import org.casework.notices.domain.investigation.RestrictionClaim;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * What follows an issued information or assessment notice (DPA 2018 s.142-145): a court step of an information order,
 * the organisation's claim that a restriction of s.143 applies and the regulator's view on it, and a recorded failure
 * to comply (s.155(1)(b)). Aggregate {@code notice}, so they keep the notice's order. Never a claim's statement, the
 * view's note, a step's note or the failure's description: the ground, the outcome, the court and the dates only.
 */
@ApplicationScoped
public class InvestigatoryEvents {

    public static final String ORDER_STEP_RECORDED = "uk.gov.casework.information-order.step-recorded.v1";
    public static final String RESTRICTION_CLAIMED = "uk.gov.casework.restriction-claim.made.v1";
    public static final String RESTRICTION_VIEWED = "uk.gov.casework.restriction-claim.viewed.v1";
    public static final String NON_COMPLIANCE_RECORDED = "uk.gov.casework.notice.non-compliance-recorded.v1";

    /** {@code stage}: APPLIED or MADE (s.145); {@code courtReference} where the court gave one. */
    public record OrderStepRecorded(UUID noticeId, String reference, UUID orderId, String stage, String court,
            LocalDate stageOn, String courtReference, Instant recordedAt) {
    }

    public record RestrictionClaimed(UUID noticeId, String reference, String organisationId, UUID claimId,
            String ground, Instant claimedAt) {
    }

    public record RestrictionViewed(UUID noticeId, String reference, UUID claimId, boolean accepted, Instant viewedAt) {
    }

    public record NonComplianceRecorded(UUID noticeId, String reference, String noticeType, UUID caseId,
            String organisationId, LocalDate periodEndedOn, LocalDate appealEndedOn, Instant recordedAt) {
    }

    private final Outbox outbox;

    public InvestigatoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void orderStepRecorded(Notice n, InformationOrder o) {
        record(n.id, ORDER_STEP_RECORDED, new OrderStepRecorded(n.id, n.reference, o.id, o.stage.name(), o.court,
                o.stageOn, o.courtReference, o.recordedAt));
    }

    public void restrictionClaimed(Notice n, RestrictionClaim c) {
        record(n.id, RESTRICTION_CLAIMED, new RestrictionClaimed(n.id, n.reference, n.organisationId, c.id,
                c.ground.name(), c.claimedAt));
    }

    /** The claim's notice is named by id; its reference is the caller's to give (the view is recorded by claim). */
    public void restrictionViewed(String reference, RestrictionClaim c) {
        record(c.noticeId, RESTRICTION_VIEWED, new RestrictionViewed(c.noticeId, reference, c.id, c.viewAccepted,
                c.viewedAt));
    }

    public void nonComplianceRecorded(Notice n) {
        NonComplianceRecord r = n.nonCompliance;
        record(n.id, NON_COMPLIANCE_RECORDED, new NonComplianceRecorded(n.id, n.reference, n.type.name(), n.caseId,
                n.organisationId, r.periodEndedOn, r.appealEndedOn, r.recordedAt));
    }

    private void record(UUID noticeId, String type, Object data) {
        outbox.record(new DomainEvent(NoticeEvents.AGGREGATE, noticeId.toString(), type, data));
    }
}
