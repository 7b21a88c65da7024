package org.casework.notices.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.Settlement;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * The regulator's changes to a notice that are neither its issue nor a variation or cancellation of a penalty notice
 * ({@link NoticeEvents}): a draft revised, a settlement recorded on a draft penalty notice, a later penalty-notice
 * deadline agreed with the organisation (DPA 2018 Sch 16 para 2(3)), the publication decision. Aggregate
 * {@code notice}, so they keep the notice's order. Never the revised text, the settlement's or the extension's
 * reasons, who agreed at the organisation, the evidence of the agreement or a reason to withhold publication.
 */
@ApplicationScoped
public class AmendmentEvents {

    public static final String REVISED = "uk.gov.casework.notice.revised.v1";
    public static final String SETTLED = "uk.gov.casework.notice.settled.v1";
    public static final String DEADLINE_EXTENDED = "uk.gov.casework.notice.deadline-extended.v1";
    public static final String PUBLICATION_SET = "uk.gov.casework.notice.publication-set.v1";

    /** A draft's content replaced (PATCH /notices/{id}); what changed stays in the service. */
    public record Revised(UUID noticeId, String reference, String noticeType, UUID caseId, Instant revisedAt) {
    }

    /** {@code amount}: the penalty after the settlement discount, as the notice will state it. */
    public record Settled(UUID noticeId, String reference, UUID caseId, String stage, String discountPercent,
            boolean appealWaived, String amount, Instant settledAt) {
    }

    /** On a notice of intent: the penalty notice may now be given until {@code penaltyNoticeDueBy}. */
    public record DeadlineExtended(UUID noticeId, String reference, UUID caseId, LocalDate agreedOn,
            LocalDate penaltyNoticeDueBy) {
    }

    public record PublicationSet(UUID noticeId, String reference, String noticeType, boolean published) {
    }

    private final Outbox outbox;

    public AmendmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void revised(Notice n) {
        record(n, REVISED, new Revised(n.id, n.reference, n.type.name(), n.caseId, n.updatedAt));
    }

    public void settled(Notice n) {
        Settlement s = n.settlement;
        record(n, SETTLED, new Settled(n.id, n.reference, n.caseId, s.stage.name(), s.discountPercent.toPlainString(),
                s.appealWaived, NoticeEvents.amount(n.amount), s.recordedAt));
    }

    public void deadlineExtended(Notice n) {
        record(n, DEADLINE_EXTENDED, new DeadlineExtended(n.id, n.reference, n.caseId, n.deadlineExtension.agreedOn,
                n.deadlineExtension.agreedUntil));
    }

    public void publicationSet(Notice n) {
        record(n, PUBLICATION_SET, new PublicationSet(n.id, n.reference, n.type.name(), n.publish));
    }

    private void record(Notice n, String type, Object data) {
        outbox.record(new DomainEvent(NoticeEvents.AGGREGATE, n.id.toString(), type, data));
    }
}
