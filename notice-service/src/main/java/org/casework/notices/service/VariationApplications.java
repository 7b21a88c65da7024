package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.ChangeSource;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariation;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.VariationApplication.DateChange;
import org.casework.notices.domain.enforcement.VariationApplication.Kind;
import org.casework.notices.domain.enforcement.VariationApplication.NamedStep;
import org.casework.notices.domain.enforcement.VariationApplication.Status;
import org.casework.notices.domain.enforcement.VariationApplication;
import org.casework.notices.domain.enforcement.VariationApplicationRules;
import org.casework.notices.events.EnforcementEvents;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * Applications to cancel or vary an enforcement notice (DPA 2018 s.153(2)-(3)) and the regulator's decision on each.
 * A cancellation ends the notice as a penalty cancellation does ({@link PenaltyChangeService#applyCancellation}); a
 * variation moves named steps' dates and is recorded as the notice's variation, with its own document
 * ({@link PenaltyChangeService#applyVariation}). Each write locks the notice, so applications and decisions on one
 * notice run one after another.
 */
@ApplicationScoped
public class VariationApplications {

    /** A step and its new compliance date, as the decision gives it. */
    public record NewDate(UUID stepId, LocalDate complianceDate) {
    }

    private final NoticeRepository notices;
    private final StepQueries steps;
    private final PenaltyChangeService changes;
    private final EntityManager em;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final EnforcementEvents domainEvents;

    public VariationApplications(NoticeRepository notices, StepQueries steps, PenaltyChangeService changes,
            EntityManager em, AuditTrail audit, CallerContext caller, Clock clock, EnforcementEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.steps = steps;
        this.changes = changes;
        this.em = em;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The organisation applies on its own issued enforcement notice (404 for any other). Audited. */
    @Transactional
    public VariationApplication apply(UUID noticeId, Kind kind, List<NamedStep> named, String grounds) {
        steps.ownIssued(noticeId);
        Notice n = notices.lockForChange(noticeId);
        LocalDate today = LondonCalendar.today(clock);
        VariationApplicationRules.requireInForce(n);
        VariationApplicationRules.requireAfterAppealPeriod(n, today);
        VariationApplicationRules.requireNamedSteps(n, kind, named.stream().map(NamedStep::stepId).toList());
        VariationApplicationRules.requireNoPendingApplication(n, em.createQuery("select count(a) from "
                + "VariationApplication a where a.noticeId = :n and a.status = :pending", Long.class)
                .setParameter("n", n.id).setParameter("pending", Status.PENDING).getSingleResult());
        VariationApplication a = new VariationApplication();
        a.id = UUID.randomUUID();
        a.noticeId = n.id;
        a.organisationId = n.organisationId;
        a.kind = kind;
        a.steps = named.stream().map(s -> new NamedStep(s.stepId(), position(n, s.stepId()), s.requestedComplianceDate()))
                .toList();
        a.grounds = grounds;
        a.appliedBy = caller.get().subject();
        a.appliedAt = now();
        a.appliedOn = today;
        em.persist(a);
        audit.record("enforcement.variation-applied", NoticeDraftService.RESOURCE, n.id.toString(),
                Map.of("applicationId", a.id.toString(), "kind", kind.name(), "steps", Integer.toString(a.steps.size())));
        domainEvents.variationApplied(n, a);
        em.flush();
        return a;
    }

    /** The applications on a notice, oldest first (keyset on appliedAt, id); they carry the grounds: an audited read. */
    @Transactional
    public Page<VariationApplication> of(UUID noticeId, String after, int limit) {
        notices.require(noticeId);
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        String where = "from VariationApplication a where a.noticeId = :n"
                + (from == null ? "" : " and (a.appliedAt > :at or (a.appliedAt = :at and a.id > :id))")
                + " order by a.appliedAt, a.id";
        var query = em.createQuery(where, VariationApplication.class).setParameter("n", noticeId);
        if (from != null) {
            query.setParameter("at", from.key()).setParameter("id", from.id());
        }
        List<VariationApplication> page = query.setMaxResults(limit).getResultList();
        audit.record("enforcement.variation-applications-read", NoticeDraftService.RESOURCE, noticeId.toString(),
                Map.of("applications", Integer.toString(page.size())));
        VariationApplication last = page.size() == limit ? page.get(page.size() - 1) : null;
        return new Page<>(page, last == null ? null : Cursor.after(last.appliedAt, last.id));
    }

    /** The decision, once (409 after), under If-Match on the notice. Answers the decided application. */
    @Transactional
    public Decided decide(UUID noticeId, UUID applicationId, String ifMatch, Status outcome, String reasons,
            List<NewDate> dates) {
        Notice n = notices.lockForChange(noticeId);
        VariationApplication a = em.find(VariationApplication.class, applicationId);
        if (a == null || !a.noticeId.equals(noticeId)) {
            throw ProblemException.notFound("Application " + applicationId + " on notice " + noticeId);
        }
        EntityTags.require(ifMatch, n.version);
        VariationApplicationRules.requireUndecided(a);
        VariationApplicationRules.requireInForce(n);
        VariationApplicationRules.requireNoDatesUnlessVaried(outcome, dates.size());
        if (outcome == Status.PENDING) {
            throw ProblemException.unprocessable("invalid-outcome", "Invalid outcome",
                    "A decision is CANCELLED, VARIED or REFUSED");
        }
        LocalDate today = LondonCalendar.today(clock);
        if (outcome == Status.VARIED) {
            a.changes = vary(n, a, dates, reasons, today);
        } else if (outcome == Status.CANCELLED) {
            changes.applyCancellation(n, ChangeSource.REGULATOR, reasons);
        }
        // every decision moves the notice's version on, so its ETag tells a reader the applications changed
        n.touch(now());
        a.status = outcome;
        a.decisionReasons = reasons;
        a.decidedBy = caller.get().subject();
        a.decidedAt = now();
        audit.record("enforcement.variation-decided", NoticeDraftService.RESOURCE, n.id.toString(),
                Map.of("applicationId", a.id.toString(), "outcome", outcome.name()));
        domainEvents.variationDecided(n, a);
        em.flush();
        return new Decided(a, n);
    }

    /** The decided application and its notice (its new version is the ETag). */
    public record Decided(VariationApplication application, Notice notice) {
    }

    private List<DateChange> vary(Notice n, VariationApplication a, List<NewDate> dates, String reasons, LocalDate today) {
        List<DateChange> changed = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            NewDate d = dates.get(i);
            EnforcementStep step = VariationApplicationRules.requireDateChange(n, a, d.stepId(), d.complianceDate(),
                    today, i);
            if (seen.contains(step.id)) {
                throw ProblemException.unprocessable("step-named-twice", "Step named twice",
                        "Step " + step.position + " is given more than one new date");
            }
            seen.add(step.id);
            changed.add(new DateChange(step.id, step.position, step.complianceDate, d.complianceDate()));
        }
        StringBuilder terms = new StringBuilder();
        for (DateChange c : changed) {
            terms.append(terms.length() == 0 ? "" : " ").append("Step ").append(c.position()).append(" must be completed by "
                    + "the end of ").append(c.after()).append(" instead of ").append(c.before()).append('.');
        }
        NoticeVariation v = changes.applyVariation(n, ChangeSource.REGULATOR, null, null, null, terms.toString(), reasons);
        for (DateChange c : changed) {
            n.enforcementSteps.stream().filter(s -> s.id.equals(c.stepId())).findFirst().orElseThrow().complianceDate =
                    c.after();
        }
        a.variationId = v.id;
        return changed;
    }

    private static int position(Notice n, UUID stepId) {
        return n.enforcementSteps.stream().filter(s -> s.id.equals(stepId)).findFirst().orElseThrow().position;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
