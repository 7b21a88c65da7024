package org.casework.notices.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Cancellation;
import org.casework.notices.domain.ChangeSource;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeVariation;
import org.casework.notices.domain.NoticeVariationDocument;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.VariationRules;
import org.casework.notices.events.NoticeEvents;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.service.document.NoticePdfRenderer;
import org.casework.notices.service.document.VariationNoticeText;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.digest.Sha256;
import org.casework.platform.http.EntityTags;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * Variation (DPA 2018 Sch 16 para 7) and cancellation (para 8) of an issued penalty notice, by the regulator or, on
 * appeal, by the tribunal (s.163(3)). The notice keeps the current amount and last day for payment, which payments
 * read; the values before are kept in the variation, whose own PDF is generated. The issued document never changes.
 */
@ApplicationScoped
public class PenaltyChangeService {

    private final NoticeRepository notices;
    private final NoticeEvents domainEvents;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public PenaltyChangeService(NoticeRepository notices, AuditTrail audit, CallerContext caller, Clock clock,
            NoticeEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Notice vary(UUID id, String ifMatch, BigDecimal amount, Integer paymentDays, String reasons) {
        Notice n = notices.lockForChange(id);
        EntityTags.require(ifMatch, n.version);
        VariationRules.requireIssuedPenaltyNotice(n, "variable");
        LocalDate newDueOn = paymentDays == null ? null : StatutoryPeriods.paymentDueOn(n.dayGiven(), paymentDays);
        VariationRules.requireNoDetriment(n.amount, amount, n.paymentDueOn, newDueOn);
        VariationRules.requireChange(n.amount, amount, n.paymentDueOn, newDueOn);
        applyVariation(n, ChangeSource.REGULATOR, null, amount, paymentDays, null, reasons);
        notices.flush();
        return n;
    }

    @Transactional
    public Notice cancel(UUID id, String ifMatch, String reasons) {
        Notice n = notices.lockForChange(id);
        EntityTags.require(ifMatch, n.version);
        VariationRules.requireIssuedPenaltyNotice(n, "cancellable");
        applyCancellation(n, ChangeSource.REGULATOR, reasons);
        notices.flush();
        return n;
    }

    /** Within the caller's transaction, on a locked notice whose rules are checked. */
    NoticeVariation applyVariation(Notice n, ChangeSource source, UUID appealId, BigDecimal amount, Integer paymentDays,
            String terms, String reasons) {
        // the tribunal's are bounded by the appeals (one outcome each), and a tribunal's decision is always recorded
        if (source == ChangeSource.REGULATOR) {
            RecordLimit.requireRoom(n.variations.stream().filter(x -> x.source == ChangeSource.REGULATOR).count(),
                    NoticeLimits.VARIATIONS, "variations of a notice by the regulator");
        }
        Instant now = now();
        NoticeVariation v = new NoticeVariation();
        v.id = UUID.randomUUID();
        v.noticeId = n.id;
        v.source = source;
        v.appealId = appealId;
        v.amountBefore = n.amount;
        v.amountAfter = amount != null ? amount.setScale(2) : n.amount;
        v.paymentDaysBefore = n.paymentDays;
        v.paymentDaysAfter = paymentDays != null ? paymentDays : n.paymentDays;
        v.paymentDueOnBefore = n.paymentDueOn;
        v.paymentDueOnAfter = paymentDays != null ? StatutoryPeriods.paymentDueOn(n.dayGiven(),
        paymentDays) : n.paymentDueOn;
        v.terms = terms;
        v.reasons = reasons;
        v.variedBy = caller.get().subject();
        v.variedAt = now;
        NoticeVariationDocument d = new NoticeVariationDocument();
        d.variationId = v.id;
        d.content = NoticePdfRenderer.render(VariationNoticeText.of(n, v, LondonCalendar.today(clock)));
        d.sha256 = Sha256.hex(d.content);
        d.createdAt = now;
        v.documentSha256 = d.sha256;
        notices.getEntityManager().persist(v);
        notices.getEntityManager().persist(d);
        n.amount = v.amountAfter;
        n.paymentDays = v.paymentDaysAfter;
        n.paymentDueOn = v.paymentDueOnAfter;
        n.variations.add(v);
        n.touch(now);
        Map<String, String> details = new HashMap<>();
        details.put("variationId", v.id.toString());
        details.put("source", source.name());
        details.put("documentSha256", d.sha256);
        if (v.amountAfter != null) {
            details.put("amountBefore", v.amountBefore.toPlainString());
            details.put("amountAfter", v.amountAfter.toPlainString());
        }
        if (v.paymentDueOnAfter != null) {
            details.put("paymentDueOnBefore", String.valueOf(v.paymentDueOnBefore));
            details.put("paymentDueOnAfter", v.paymentDueOnAfter.toString());
        }
        audit.record("notice.varied", NoticeDraftService.RESOURCE, n.id.toString(), details);
        domainEvents.varied(n, v);
        return v;
    }

    /** Within the caller's transaction: the notice is CANCELLED; what was paid becomes refundable (para 8(2)(b)). */
    void applyCancellation(Notice n, ChangeSource source, String reasons) {
        Instant now = now();
        Cancellation c = new Cancellation();
        c.reasons = reasons;
        c.source = source;
        c.cancelledBy = caller.get().subject();
        c.cancelledAt = now;
        c.cancelledOn = LondonCalendar.today(clock);
        n.cancellation = c;
        n.status = NoticeStatus.CANCELLED;
        n.touch(now);
        audit.record("notice.cancelled", NoticeDraftService.RESOURCE, n.id.toString(),
                Map.of("reference", n.reference, "source", source.name(), "cancelledOn", c.cancelledOn.toString()));
        domainEvents.cancelled(n, c);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
