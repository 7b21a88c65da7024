package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.investigation.InformationOrder;
import org.casework.notices.domain.investigation.InformationOrderStage;
import org.casework.notices.domain.investigation.RestrictionClaim;
import org.casework.notices.domain.investigation.RestrictionGround;
import org.casework.notices.events.InvestigatoryEvents;
import org.casework.notices.repository.InformationOrderRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.notices.repository.RestrictionClaimRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * What is recorded on an issued information notice after it is given: the organisation's claims that a restriction
 * of DPA 2018 s.143 applies, with the regulator's view on each, and the court steps of an information order (s.145).
 * Each write is audited on the notice; the organisation sees only its own notices (another's answers 404).
 */
@ApplicationScoped
public class InvestigatoryRecords {

    private final NoticeRepository notices;
    private final RestrictionClaimRepository claims;
    private final InformationOrderRepository orders;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final InvestigatoryEvents domainEvents;

    public InvestigatoryRecords(NoticeRepository notices, RestrictionClaimRepository claims,
            InformationOrderRepository orders, AuditTrail audit, CallerContext caller, Clock clock, InvestigatoryEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.claims = claims;
        this.orders = orders;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a court step records. */
    public record OrderStep(InformationOrderStage stage, String court, LocalDate on, String courtReference,
            String note) {
    }

    @Transactional
    public RestrictionClaim claim(UUID noticeId, RestrictionGround ground, String statement) {
        Notice n = ownIssuedNotice(noticeId);
        requireIssuedInformationNotice(n);
        notices.lockForChange(n.id);
        RecordLimit.requireRoom(claims.count("noticeId", n.id), NoticeLimits.RESTRICTION_CLAIMS,
                "restriction claims on a notice");
        RestrictionClaim c = new RestrictionClaim();
        c.id = UUID.randomUUID();
        c.noticeId = n.id;
        c.ground = ground;
        c.statement = statement;
        c.claimedBy = caller.get().subject();
        c.claimedAt = now();
        claims.persist(c);
        // the statement may describe privileged or incriminating matters: only the ground goes to the audit trail
        audit.record("notice.restriction-claimed", NoticeDraftService.RESOURCE, n.id.toString(),
                Map.of("claimId", c.id.toString(), "ground", ground.name()));
        domainEvents.restrictionClaimed(n, c);
        claims.flush();
        return c;
    }

    @Transactional
    public List<RestrictionClaim> ownClaims(UUID noticeId) {
        Notice n = ownIssuedNotice(noticeId);
        audit.record("notice.restriction-claims-read", NoticeDraftService.RESOURCE, n.id.toString(), Map.of());
        return claims.ofNotice(n.id);
    }

    /** One of the organisation's own notices as given (any kind), for the portal; an audited read. */
    @Transactional
    public Notice ownNotice(UUID noticeId) {
        Notice n = ownIssuedNotice(noticeId);
        audit.record("notice.portal-read", NoticeDraftService.RESOURCE, n.id.toString(), Map.of());
        return n;
    }

    @Transactional
    public List<RestrictionClaim> claims(UUID noticeId) {
        Notice n = notices.require(noticeId);
        audit.record("notice.restriction-claims-read", NoticeDraftService.RESOURCE, n.id.toString(), Map.of());
        return claims.ofNotice(n.id);
    }

    @Transactional
    public RestrictionClaim recordView(UUID claimId, boolean accepted, String note) {
        RestrictionClaim c = claims.lockForChange(claimId);
        c.recordView(accepted, note, caller.get().subject(), now());
        audit.record("notice.restriction-claim-viewed", NoticeDraftService.RESOURCE, c.noticeId.toString(),
                Map.of("claimId", c.id.toString(), "accepted", Boolean.toString(accepted)));
        domainEvents.restrictionViewed(notices.require(c.noticeId).reference, c);
        claims.flush();
        return c;
    }

    @Transactional
    public InformationOrder recordOrder(UUID noticeId, OrderStep step) {
        Notice n = notices.lockForChange(noticeId);
        requireIssuedInformationNotice(n);
        RecordLimit.requireRoom(orders.count("noticeId", n.id), NoticeLimits.INFORMATION_ORDERS,
                "information-order steps on a notice");
        LocalDate today = LondonCalendar.today(clock);
        if (step.on().isAfter(today) || step.on().isBefore(n.issuedOn)) {
            throw ProblemException.unprocessable("court-step-date", "Court step date out of range",
                    "The day of the " + step.stage().name().toLowerCase() + " step must lie between the day notice "
                            + n.reference + " was given (" + n.issuedOn + ") and today (" + today + ")")
                    .with("rule", "DPA 2018 s.145(1)");
        }
        InformationOrder o = new InformationOrder();
        o.id = UUID.randomUUID();
        o.noticeId = n.id;
        o.stage = step.stage();
        o.court = step.court();
        o.stageOn = step.on();
        o.courtReference = step.courtReference();
        o.note = step.note();
        o.recordedBy = caller.get().subject();
        o.recordedAt = now();
        orders.persist(o);
        Map<String, String> details = new HashMap<>();
        details.put("orderId", o.id.toString());
        details.put("stage", o.stage.name());
        details.put("court", o.court);
        details.put("on", o.stageOn.toString());
        audit.record("notice.information-order-recorded", NoticeDraftService.RESOURCE, n.id.toString(), details);
        domainEvents.orderStepRecorded(n, o);
        orders.flush();
        return o;
    }

    @Transactional
    public List<InformationOrder> orders(UUID noticeId) {
        return orders.ofNotice(notices.require(noticeId).id);
    }

    /** A notice given to the caller's organisation; anything else (a draft, another's, none) answers 404. */
    private Notice ownIssuedNotice(UUID noticeId) {
        String org = caller.get().organisationId();
        if (org == null || org.isBlank()) {
            throw ProblemException.forbidden("organisation-missing", "The token names no organisation (org_id)");
        }
        Notice n = notices.findByIdOptional(noticeId).orElse(null);
        if (n == null || !org.equals(n.organisationId) || n.isDraft()) {
            throw ProblemException.notFound("Notice " + noticeId);
        }
        return n;
    }

    private static void requireIssuedInformationNotice(Notice n) {
        if (n.type != NoticeType.INFORMATION_NOTICE || n.status != NoticeStatus.ISSUED) {
            throw ProblemException.conflict("not-an-issued-information-notice", "Not an issued information notice",
                    "Notice " + n.reference + " is a " + n.type.title().toLowerCase() + " (" + n.status + "); restriction "
                            + "claims (DPA 2018 s.143) and information orders (s.145) concern issued information notices");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
