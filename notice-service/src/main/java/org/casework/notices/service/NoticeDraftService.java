package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.CaseSnapshot;
import org.casework.notices.client.Credentials;
import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.DraftContent;
import org.casework.notices.domain.FailureToComply;
import org.casework.notices.domain.FailureToComplyRules;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeRecipients;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.VariationRules;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.enforcement.ComplianceDates;
import org.casework.notices.domain.penalty.NotionalFine;
import org.casework.notices.domain.penalty.PecrRules;
import org.casework.notices.domain.penalty.PenaltyCalculator;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.http.EntityTags;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;
import org.casework.notices.events.AmendmentEvents;
import org.casework.notices.events.NoticeEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Drafting notices: a draft names its case's legal entities as recipients and carries the
 * calculation and the statutory parts its type needs. The case is read from case-service with the
 * drafter's own token before the draft is saved, and the saved draft is checked against what its
 * issue will require.
 */
@ApplicationScoped
public class NoticeDraftService {

    static final String RESOURCE = "notice";

    private final NoticeRepository notices;
    private final NoticeEvents domainEvents;
    private final AmendmentEvents amendmentEvents;
    private final CaseGateway cases;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final NoticeSettings settings;
    private final DraftIssueCheck issueCheck;
    private final Clock clock;
    private final EnforcementSteps enforcementSteps;

    public NoticeDraftService(NoticeRepository notices, CaseGateway cases, AuditTrail audit, CallerContext caller,
            NoticeSettings settings, DraftIssueCheck issueCheck, Clock clock, EnforcementSteps enforcementSteps, NoticeEvents domainEvents,
            AmendmentEvents amendmentEvents) {
        this.domainEvents = domainEvents;
        this.amendmentEvents = amendmentEvents;
        this.enforcementSteps = enforcementSteps;
        this.notices = notices;
        this.cases = cases;
        this.audit = audit;
        this.caller = caller;
        this.settings = settings;
        this.issueCheck = issueCheck;
        this.clock = clock;
    }

    /** A draft as saved, with its check against what its issue will require. */
    public record Drafted(Notice notice, DraftCheck check) {
    }

    public Drafted create(UUID caseId, NoticeType type, DraftContent content) {
        content.checkFits(type);
        requireComplianceDates(content);
        if (type == NoticeType.PENALTY_NOTICE) {
            VariationRules.requireNoCancelledPenalty(notices.count("caseId = ?1 and type = ?2 and status = ?3", caseId,
                    NoticeType.PENALTY_NOTICE, NoticeStatus.CANCELLED), caseId.toString());
        }
        CaseSnapshot snapshot = readCase(caseId);
        List<Recipient> recipients = NoticeRecipients.resolve(content.recipients(),
                DraftIssueCheck.legalEntities(snapshot), snapshot.reference());
        String subject = caller.get().subject();
        Notice saved = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            LocalDate today = LondonCalendar.today(clock);
            Notice n = new Notice();
            n.id = UUID.randomUUID();
            n.type = type;
            n.reference = String.format("%s-%04d-%06d", type.prefix(), today.getYear(),
                    notices.nextReferenceNumber(type.prefix(), today.getYear()));
            n.caseId = caseId;
            n.caseReference = snapshot.reference();
            n.organisationId = snapshot.organisation().id();
            n.organisationName = snapshot.organisation().name();
            n.createdBy = subject;
            n.createdAt = now;
            write(n, content, recipients, snapshot);
            n.touch(now);
            notices.persist(n);
            if (type == NoticeType.ENFORCEMENT_NOTICE) {
                enforcementSteps.write(n, content.enforcement());
            }
            audit.record("notice.drafted", RESOURCE, n.id.toString(), Map.of("type", type.name(),
                    "caseId", caseId.toString(), "reference", n.reference));
            domainEvents.drafted(n);
            notices.flush();
            return n;
        });
        return new Drafted(saved, issueCheck.check(saved, snapshot));
    }

    /** Replaces a draft's content (the merged patch) if If-Match names its version. */
    public Drafted revise(UUID id, String ifMatch, java.util.function.Function<Notice, DraftContent> patch) {
        Notice current = notices.require(id);
        EntityTags.require(ifMatch, current.version);
        current.requireDraft("changed");
        DraftContent content = patch.apply(current);
        content.checkFits(current.type);
        requireComplianceDates(content);
        CaseSnapshot snapshot = readCase(current.caseId);
        List<Recipient> recipients = NoticeRecipients.resolve(content.recipients(),
                DraftIssueCheck.legalEntities(snapshot), snapshot.reference());
        Notice saved = QuarkusTransaction.requiringNew().call(() -> {
            Notice n = notices.lockForChange(id);
            EntityTags.require(ifMatch, n.version);
            n.requireDraft("changed");
            write(n, content, recipients, snapshot);
            if (n.type == NoticeType.ENFORCEMENT_NOTICE) {
                enforcementSteps.write(n, content.enforcement());
            }
            n.touch(now());
            audit.record("notice.revised", RESOURCE, n.id.toString(), Map.of("reference", n.reference));
            amendmentEvents.revised(n);
            notices.flush();
            return n;
        });
        return new Drafted(saved, issueCheck.check(saved, snapshot));
    }

    /**
     * DPA 2018 s.150(6), (8): a step due too early if the notice were given today is due too early on any later
     * day too (the earliest date only moves later), so the draft is refused now; issuing checks again.
     */
    private void requireComplianceDates(DraftContent content) {
        if (content.enforcement() != null) {
            ComplianceDates.require(content.enforcement().steps(), content.enforcement().urgent(),
                    LondonCalendar.today(clock));
        }
    }

    private void write(Notice n, DraftContent content, List<Recipient> recipients, CaseSnapshot snapshot) {
        n.recipients = recipients;
        n.reasons = content.reasons();
        n.natureOfData = content.natureOfData() != null ? content.natureOfData() : natureOfData(snapshot, n.type);
        n.publicSummary = content.publicSummary();
        PecrRules.checkNotAfter(content.calculation(), LondonCalendar.today(clock));
        n.noticeOfIntentId = n.type == NoticeType.PENALTY_NOTICE ? noticeOfIntentFor(n, content.noticeOfIntentId()) : null;
        n.failureToComply = failureToComply(n, content.failureToComplyWith());
        FailureToComplyRules.requireTier(n.failureToComply, content.calculation());
        n.applyCalculation(content.calculation(),
                content.calculation() == null ? null : PenaltyCalculator.calculate(content.calculation()));
        n.representationDays = content.representationDays();
        n.paymentDays = n.type == NoticeType.PENALTY_NOTICE
                ? (content.paymentDays() != null ? content.paymentDays() : settings.paymentDays()) : null;
        NotionalFine.requireWithinMaximum(content.notionalFine(), turnoverOf(snapshot));
        n.notionalFine = content.notionalFine();
        n.latePaymentInterestPercent = content.latePaymentInterestPercent();
        n.informationTerms = content.information();
        // whoever saves the draft with the s.147(6) confirmation is recorded as having given it
        n.assessmentTerms = content.assessment() == null ? null
                : content.assessment().confirmedBy(caller.get().subject(), now());
    }

    private static java.math.BigDecimal turnoverOf(CaseSnapshot snapshot) {
        return snapshot.organisation() == null || snapshot.organisation().worldwideTurnover() == null ? null
                : snapshot.organisation().worldwideTurnover().amount();
    }

    /**
     * DPA 2018 s.155(1)(b): a notice of intent names the notice not complied with (checked now, and again at issue); a
     * penalty notice takes its notice of intent's. The tier the calculation must use follows from it.
     */
    private FailureToComply failureToComply(Notice n, UUID failedNoticeId) {
        if (n.type == NoticeType.PENALTY_NOTICE) {
            Notice noi = n.noticeOfIntentId == null ? null : notices.findById(n.noticeOfIntentId);
            return noi == null || noi.failureToComply == null ? null : noi.failureToComply.copy();
        }
        return failedNoticeId == null ? null : FailureToComplyRules.basis(n, notices.findById(failedNoticeId));
    }

    /** A penalty notice rests on the case's live notice of intent unless the drafter names one of the same case. */
    private UUID noticeOfIntentFor(Notice n, UUID asked) {
        if (asked == null) {
            return notices.liveNoticeOfIntent(n.caseId).map(noi -> noi.id).orElse(null);
        }
        Notice noi = notices.findById(asked);
        if (noi == null || !noi.caseId.equals(n.caseId) || noi.type != NoticeType.NOTICE_OF_INTENT) {
            throw new ProblemException(new Problem("invalid-reference", "Invalid reference", 422,
                    "noticeOfIntentId does not name a notice of intent of case " + n.caseReference)
                    .with("errors", List.of(new FieldError("noticeOfIntentId", "is not a notice of intent of this case"))));
        }
        return asked;
    }

    /** Sch 16 para 3(2)(b): the nature of the personal data, taken from the case unless the drafter words it. */
    private static String natureOfData(CaseSnapshot snapshot, NoticeType type) {
        if (type != NoticeType.NOTICE_OF_INTENT || snapshot.incident() == null
                || snapshot.incident().dataCategories() == null || snapshot.incident().dataCategories().isEmpty()) {
            return null;
        }
        String categories = String.join(", ", snapshot.incident().dataCategories());
        boolean special = Boolean.TRUE.equals(snapshot.incident().specialCategoryData());
        return "Personal data of " + snapshot.incident().peopleAffected() + " people, including " + categories
                + (special ? "; this included special category data." : ".");
    }

    CaseSnapshot readCase(UUID caseId) {
        try {
            return cases.read(caseId, Credentials.ofPerson(caller.bearerToken()));
        } catch (DownstreamRefusedException e) {
            if (e.status() == 404) {
                throw new ProblemException(new Problem("invalid-reference", "Invalid reference", 422,
                        "Case " + caseId + " does not exist")
                        .with("errors", List.of(new FieldError("caseId", "does not name a case"))));
            }
            throw e;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
