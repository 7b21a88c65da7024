package org.casework.notices.service.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.events.FeePenaltyEvents;
import org.casework.notices.repository.FeePenaltyRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * The steps after a fixed penalty's notice of intent: the penalty notice, the fee paid (the notice of intent is
 * withdrawn), the penalty paid. Each locks the penalty, applies the domain rule for today and writes one audit entry;
 * an If-Match, where sent, must name the current version (the steps are refused by status anyway, so it is optional).
 */
@ApplicationScoped
public class FeePenaltyService {

    public static final String RESOURCE = "fee-penalty";

    private final FeePenaltyRepository penalties;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final FeePenaltyEvents domainEvents;

    public FeePenaltyService(FeePenaltyRepository penalties, AuditTrail audit, CallerContext caller, Clock clock,
            FeePenaltyEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.penalties = penalties;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public FeePenalty givePenaltyNotice(UUID id, String ifMatch) {
        return change(id, ifMatch, "fee-penalty.penalty-notice-given", p -> p.givePenaltyNotice(today()),
                p -> Map.of("amount", p.amount().toPlainString(), "givenOn", p.penaltyNoticeGivenOn.toString(),
                        "paymentDueOn", p.paymentDueOn.toString()), domainEvents::penaltyNoticeGiven);
    }

    @Transactional
    public FeePenalty feePaid(UUID id, String ifMatch, LocalDate paidOn) {
        return change(id, ifMatch, "fee-penalty.fee-paid", p -> p.feePaid(paidOn, today()),
                p -> Map.of("feePaidOn", paidOn.toString(), "status", p.status.name()), domainEvents::feePaid);
    }

    @Transactional
    public FeePenalty penaltyPaid(UUID id, String ifMatch, LocalDate paidOn) {
        return change(id, ifMatch, "fee-penalty.penalty-paid", p -> p.penaltyPaid(paidOn, today()),
                p -> Map.of("penaltyPaidOn", paidOn.toString(), "amount", p.amount().toPlainString()),
                domainEvents::penaltyPaid);
    }

    @Transactional
    public FeePenalty setPublication(UUID id, String ifMatch, boolean publish, String withheldReason) {
        return change(id, ifMatch, "fee-penalty.publication-set", p -> p.setPublication(publish, withheldReason),
                p -> Map.of("publish", String.valueOf(p.publish)), domainEvents::publicationSet);
    }

    /**
     * Locks the penalty, checks If-Match where sent (412 on another version), takes the step, audits it and records
     * its event, all in the caller's transaction.
     */
    private FeePenalty change(UUID id, String ifMatch, String action, Consumer<FeePenalty> step,
            Function<FeePenalty, Map<String, String>> details, Consumer<FeePenalty> event) {
        FeePenalty p = penalties.lockForChange(id);
        EntityTags.checkIfPresent(ifMatch, p.version);
        step.accept(p);
        p.updatedBy = caller.get().subject();
        p.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        penalties.flush();
        Map<String, String> d = new LinkedHashMap<>(details.apply(p));
        d.put("organisationId", p.organisationId);
        audit.record(action, RESOURCE, id.toString(), d);
        event.accept(p);
        return p;
    }

    private LocalDate today() {
        return LondonCalendar.today(clock);
    }
}
