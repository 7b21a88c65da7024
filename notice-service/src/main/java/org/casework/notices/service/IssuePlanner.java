package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.CaseSnapshot;
import org.casework.notices.client.Credentials;
import org.casework.notices.client.RepresentationGateway;
import org.casework.notices.client.RepresentationServiceClient.WindowStatus;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.FailureToComplyRules;
import org.casework.notices.domain.IssueDates;
import org.casework.notices.domain.IssueRules;
import org.casework.notices.domain.RegimeRules;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.VariationRules;
import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.StatutoryContent;
import org.casework.notices.domain.enforcement.ComplianceDates;
import org.casework.notices.domain.enforcement.EnforcementDraft;
import org.casework.notices.domain.giving.Giving;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.time.LondonCalendar;

/**
 * Decides whether a draft may be issued today, gathering the facts other services hold (the case,
 * the representations), and works out its dates. Changes nothing.
 */
@ApplicationScoped
public class IssuePlanner {

    /**
     * The dates if the notice is sent now (worked out again if it is sent later), and the facts
     * fixed with them: the parties as the case has them now, and the representations received.
     */
    public record IssuePlan(IssueDates dates, Integer representationsReceived, DraftCheck parties) {
    }

    private final NoticeRepository notices;
    private final CaseGateway cases;
    private final RepresentationGateway representations;
    private final ServiceToken serviceToken;
    private final DraftIssueCheck issueCheck;
    private final NoticeSettings settings;
    private final Clock clock;

    public IssuePlanner(NoticeRepository notices, CaseGateway cases, RepresentationGateway representations,
            ServiceToken serviceToken, DraftIssueCheck issueCheck, NoticeSettings settings, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.representations = representations;
        this.serviceToken = serviceToken;
        this.issueCheck = issueCheck;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the draft may be issued now, given by {@code method}: the rules on giving (s.141 / s.141A) say on which
     * day it is treated as given, and its periods run from that day.
     */
    public IssuePlan plan(Notice n, String issuer, Credentials asIssuer, GivingMethod method) {
        CaseSnapshot snapshot = cases.read(n.caseId, asIssuer);
        // the draft's organisation and recipients follow the case: the notice is given with its facts as they are now
        DraftCheck parties = issueCheck.check(n, snapshot);
        StatutoryContent.require(n, parties.missing().stream().filter(IssuePlanner::refusedAsContent).toList());
        snapshot.fourEyes(n.createdBy).requireIndependent(issuer);
        LocalDate today = LondonCalendar.today(clock);
        Giving giving = settings.givingRules().give(method, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (n.type == NoticeType.ENFORCEMENT_NOTICE) {
            // s.150(6), (8): counted from the day it is given
            ComplianceDates.require(n.enforcementSteps.stream().map(st -> new EnforcementDraft.Step(st.text,
                    st.complianceDate)).toList(), n.enforcementUrgent, giving.givenOn());
        }
        if (n.failureToComply != null) {
            // s.155(1)(b), s.157(4): the notice not complied with still stands as found, and the maximum is the higher
            FailureToComplyRules.basis(n, notices.findById(n.failureToComply.noticeId));
        }
        FailureToComplyRules.requireTier(n.failureToComply, n.calculationInput);
        IssuePlan plan = switch (n.type) {
            case NOTICE_OF_INTENT -> planNoticeOfIntent(n, snapshot, giving, parties);
            case PENALTY_NOTICE -> planPenaltyNotice(n, snapshot, today, giving, issuer);
            case INFORMATION_NOTICE, ASSESSMENT_NOTICE -> planInvestigatoryNotice(n, snapshot, giving);
            default -> planOtherDecision(n, snapshot, giving);
        };
        return new IssuePlan(plan.dates(), plan.representationsReceived(), parties);
    }

    /** Parts refused together as missing content; the organisation id and the notice of intent have rules of their own. */
    private static boolean refusedAsContent(MissingPart p) {
        return !p.part().equals("organisation.id") && !p.part().equals("noticeOfIntentId");
    }

    private IssuePlan planNoticeOfIntent(Notice n, CaseSnapshot snapshot, Giving giving, DraftCheck parties) {
        requireCaseIn(snapshot, "INVESTIGATING", n);
        notices.liveNoticeOfIntent(n.caseId).ifPresent(other -> {
            throw ProblemException.conflict("notice-of-intent-exists", "A notice of intent is live",
                    "Notice of intent " + other.reference + " on this case is still live; withdraw it first");
        });
        if (parties.organisationId() == null || parties.organisationId().isBlank()) {
            throw ProblemException.unprocessable("organisation-id-missing", "Organisation id missing",
                    "Case " + n.caseReference + " records no organisation id, so the organisation's users could not "
                            + "see this notice or make representations; add organisation.id to the case");
        }
        return new IssuePlan(IssueDates.of(n, giving), null, null);
    }

    private IssuePlan planPenaltyNotice(Notice n, CaseSnapshot snapshot, LocalDate today, Giving giving,
            String issuer) {
        Notice noticeOfIntent = n.noticeOfIntentId == null ? null : notices.findById(n.noticeOfIntentId);
        VariationRules.requireNoCancelledPenalty(notices.count("caseId = ?1 and type = ?2 and status = ?3", n.caseId,
                NoticeType.PENALTY_NOTICE, NoticeStatus.CANCELLED), n.caseReference);
        IssueRules.requireLiveNoticeOfIntent(n, noticeOfIntent);
        RegimeRules.requireSameContravention(n, noticeOfIntent);
        IssueRules.requireRepresentationWindowOpened(noticeOfIntent);
        WindowStatus window = representations.status(noticeOfIntent.id, serviceToken.actingFor(issuer));
        IssueRules.requireRepresentationPeriodEnded(today, window.dueOn());
        IssueRules.requireRepresentationsConsidered(window.representationsReceived(), window.representationsConsidered());
        IssueRules.requireRequestsDecidedAndHearingsHeld(window.undecidedExtensionRequests(),
                window.undecidedHearingRequests(), window.hearingsNotHeld());
        IssueRules.requireWithinPenaltyDeadline(giving.givenOn(), noticeOfIntent);
        requireCaseIn(snapshot, "NOTICE_OF_INTENT_ISSUED", n);
        return new IssuePlan(IssueDates.of(n, giving), (int) window.representationsReceived(), null);
    }

    private IssuePlan planOtherDecision(Notice n, CaseSnapshot snapshot, Giving giving) {
        if (!"INVESTIGATING".equals(snapshot.status()) && !"NOTICE_OF_INTENT_ISSUED".equals(snapshot.status())) {
            throw caseNotReady(n, snapshot, "INVESTIGATING or NOTICE_OF_INTENT_ISSUED");
        }
        return new IssuePlan(IssueDates.of(n, giving), null, null);
    }

    /**
     * An information or assessment notice is a step of the investigation: given while the case is open, under
     * investigation or awaiting representations, never after a decision. Its compliance day is checked for the day
     * it is given.
     */
    private IssuePlan planInvestigatoryNotice(Notice n, CaseSnapshot snapshot, Giving giving) {
        if (!java.util.Set.of("OPEN", "INVESTIGATING", "NOTICE_OF_INTENT_ISSUED").contains(snapshot.status())) {
            throw caseNotReady(n, snapshot, "OPEN, INVESTIGATING or NOTICE_OF_INTENT_ISSUED");
        }
        return new IssuePlan(IssueDates.of(n, giving), null, null);
    }

    private static void requireCaseIn(CaseSnapshot snapshot, String status, Notice n) {
        if (!status.equals(snapshot.status())) {
            throw caseNotReady(n, snapshot, status);
        }
    }

    private static ProblemException caseNotReady(Notice n, CaseSnapshot snapshot, String expected) {
        return ProblemException.conflict("case-not-ready", "Case not in the right state",
                "Case " + n.caseReference + " is " + snapshot.status() + "; a " + n.type.title().toLowerCase()
                        + " is issued on a case that is " + expected)
                .with("caseStatus", snapshot.status());
    }
}
