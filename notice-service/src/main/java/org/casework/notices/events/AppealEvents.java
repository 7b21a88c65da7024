package org.casework.notices.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Appeal;
import org.casework.notices.domain.Notice;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * Appeals against a notice (DPA 2018 s.162-163) and onward appeals, as events of the notice they are against: they
 * share its aggregate (the notice id), so an outcome that varies or cancels the notice leaves after the appeal was
 * lodged and with the notice's own event. The references are the tribunal's and the court's; never the grounds, the
 * tribunal's note, the substituted terms or a late appeal's reason.
 */
@ApplicationScoped
public class AppealEvents {

    public static final String LODGED = "uk.gov.casework.appeal.lodged.v1";
    public static final String DECIDED = "uk.gov.casework.appeal.decided.v1";
    public static final String ONWARD_LODGED = "uk.gov.casework.appeal.onward-lodged.v1";
    public static final String ONWARD_DECIDED = "uk.gov.casework.appeal.onward-decided.v1";

    public record Lodged(UUID noticeId, String reference, UUID appealId, String tribunalReference, LocalDate lodgedOn,
            LocalDate workingDayDueOn, boolean lateAppealAdmitted, boolean settlementLost) {
    }

    /** The tribunal's outcome; for VARIED the substituted amount (pounds) and payment period, when it set them. */
    public record Decided(UUID noticeId, String reference, UUID appealId, String tribunalReference, String outcome,
            LocalDate decidedOn, String amount, Integer paymentDays) {
    }

    public record OnwardLodged(UUID noticeId, String reference, UUID appealId, String court, String onwardReference,
            LocalDate lodgedOn) {
    }

    public record OnwardDecided(UUID noticeId, String reference, UUID appealId, String court, String onwardReference,
            LocalDate decidedOn) {
    }

    private final Outbox outbox;

    public AppealEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void lodged(Notice n, Appeal a) {
        record(n, LODGED, new Lodged(n.id, n.reference, a.id, a.tribunalReference, a.lodgedOn, a.workingDayDueOn,
                a.lateAppealAdmitted, a.settlementLost));
    }

    public void decided(Notice n, Appeal a) {
        record(n, DECIDED, new Decided(n.id, n.reference, a.id, a.tribunalReference, a.status.name(),
                a.outcomeDecidedOn, NoticeEvents.amount(a.outcomeAmount), a.outcomePaymentDays));
    }

    public void onwardLodged(Notice n, Appeal a) {
        record(n, ONWARD_LODGED, new OnwardLodged(n.id, n.reference, a.id, a.onwardCourt, a.onwardReference,
                a.onwardLodgedOn));
    }

    public void onwardDecided(Notice n, Appeal a) {
        record(n, ONWARD_DECIDED, new OnwardDecided(n.id, n.reference, a.id, a.onwardCourt, a.onwardReference,
                a.onwardDecidedOn));
    }

    private void record(Notice n, String type, Object data) {
        outbox.record(new DomainEvent(NoticeEvents.AGGREGATE, n.id.toString(), type, data));
    }
}
