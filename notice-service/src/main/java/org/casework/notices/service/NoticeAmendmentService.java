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

import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.DeadlineExtension;
import org.casework.notices.domain.DeadlineExtensionRules;
import org.casework.notices.domain.IssueRules;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.Publication;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Settlement;
import org.casework.notices.domain.SettlementStage;
import org.casework.notices.domain.penalty.PenaltyCalculator;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PercentChoice;
import org.casework.notices.events.AmendmentEvents;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * A decision-maker's amendments that are not drafting: settlement, an agreed later deadline, publication. Each records
 * its event ({@link AmendmentEvents}) in its own transaction, right after its audit entry.
 */
@ApplicationScoped
public class NoticeAmendmentService {

    private final NoticeRepository notices;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final NoticeSettings settings;
    private final Clock clock;
    private final AmendmentEvents domainEvents;

    public NoticeAmendmentService(NoticeRepository notices, AuditTrail audit, CallerContext caller,
            NoticeSettings settings, Clock clock, AmendmentEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.audit = audit;
        this.caller = caller;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records that the organisation accepts the penalty and waives its appeal, and applies the
     * discount for the stage it settles at. Only on a draft penalty notice: the issued document states
     * the settled amount.
     */
    @Transactional
    public Notice settle(UUID id, String ifMatch, SettlementStage stage, BigDecimal discountPercent, boolean appealWaived) {
        Notice n = notices.lockForChange(id);
        EntityTags.checkIfPresent(ifMatch, n.version);
        if (n.type != NoticeType.PENALTY_NOTICE) {
            throw ProblemException.conflict("settlement-not-applicable", "Settlement not applicable",
                    "A settlement discount applies to a penalty notice; " + n.reference + " is a " + n.type);
        }
        n.requireDraft("settled");
        if (n.calculationInput == null) {
            throw ProblemException.unprocessable("calculation-required", "Calculation required",
                    "Record the penalty calculation before the settlement: the discount applies to its amount");
        }
        settings.settlementPolicy().check(stage, discountPercent, appealWaived);
        PenaltyInput input = n.calculationInput;
        PenaltyInput settled = input.withSettlement(new PercentChoice(discountPercent, "Settlement at stage "
                + stage.name().toLowerCase().replace('_', ' ')
                + ": the organisation accepts the decision and waives its right of appeal"));
        n.applyCalculation(settled, PenaltyCalculator.calculate(settled));
        Settlement s = new Settlement();
        s.stage = stage;
        s.discountPercent = discountPercent;
        s.appealWaived = true;
        s.recordedBy = caller.get().subject();
        s.recordedAt = now();
        n.settlement = s;
        n.touch(now());
        audit.record("notice.settled", NoticeDraftService.RESOURCE, n.id.toString(), Map.of("stage", stage.name(),
                "discountPercent", discountPercent.toPlainString(), "amount", n.amount.toPlainString()));
        domainEvents.settled(n);
        notices.flush();
        return n;
    }

    /**
     * Sch 16 para 2(3): records a later deadline for the penalty notice, agreed with the organisation while
     * the period still runs, with who agreed, when, and the evidence.
     */
    @Transactional
    public Notice agreeLaterDeadline(UUID id, String ifMatch, ExtensionAgreement agreement) {
        Notice n = notices.lockForChange(id);
        EntityTags.checkIfPresent(ifMatch, n.version);
        if (n.type != NoticeType.NOTICE_OF_INTENT || n.status != NoticeStatus.ISSUED) {
            throw ProblemException.conflict("extension-not-applicable", "Extension not applicable",
                    "A later deadline for the penalty notice is agreed on an issued notice of intent");
        }
        DeadlineExtensionRules.requireRecordable(LondonCalendar.today(clock), n.issuedOn, IssueRules.penaltyDeadline(n),
                agreement.agreedOn(), agreement.agreedUntil());
        DeadlineExtension e = new DeadlineExtension();
        e.agreedUntil = agreement.agreedUntil();
        e.reason = agreement.reason();
        e.agreedBy = agreement.agreedBy();
        e.agreedOn = agreement.agreedOn();
        e.evidence = agreement.evidence();
        e.recordedBy = caller.get().subject();
        e.recordedAt = now();
        n.deadlineExtension = e;
        n.touch(now());
        audit.record("notice.deadline-extended", NoticeDraftService.RESOURCE, n.id.toString(),
                Map.of("agreedUntil", agreement.agreedUntil().toString(), "agreedOn", agreement.agreedOn().toString()));
        domainEvents.deadlineExtended(n);
        notices.flush();
        return n;
    }

    /** What the decision-maker records of an agreement to extend the deadline. */
    public record ExtensionAgreement(LocalDate agreedUntil, String reason, String agreedBy, LocalDate agreedOn,
            String evidence) {
    }

    /** Final decisions are published unless there is a good reason not to, which is recorded. */
    @Transactional
    public Notice setPublication(UUID id, String ifMatch, boolean publish, String withheldReason) {
        Notice n = notices.lockForChange(id);
        EntityTags.checkIfPresent(ifMatch, n.version);
        if (!n.type.isPublishable()) {
            throw ProblemException.conflict("not-publishable", "Not published",
                    "Only penalty notices, enforcement notices and reprimands go on the register");
        }
        Publication.requireReasonToWithhold(publish, withheldReason);
        n.publish = publish;
        n.withheldReason = publish ? null : withheldReason;
        n.touch(now());
        Map<String, String> details = new HashMap<>();
        details.put("publish", String.valueOf(publish));
        audit.record("notice.publication-set", NoticeDraftService.RESOURCE, n.id.toString(), details);
        domainEvents.publicationSet(n);
        notices.flush();
        return n;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
