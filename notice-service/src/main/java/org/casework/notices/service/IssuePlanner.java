package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.CaseSnapshot;
import org.casework.notices.client.Credentials;
import org.casework.notices.client.RepresentationGateway;
import org.casework.notices.client.RepresentationServiceClient.WindowStatus;
import org.casework.notices.client.ServiceToken;
import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.IssueDates;
import org.casework.notices.domain.IssueRules;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.StatutoryContent;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.time.LondonCalendar;

/**
 * Decides whether a draft may be issued today, gathering the facts other services hold (the case,
 * the representations), and works out its dates. Changes nothing.
 */
@ApplicationScoped
public class IssuePlanner {

    /** The dates if the notice is given today (worked out again if it is given later), and the facts fixed with them. */
    public record IssuePlan(IssueDates dates, Integer representationsReceived) {
    }

    private final NoticeRepository notices;
    private final CaseGateway cases;
    private final RepresentationGateway representations;
    private final ServiceToken serviceToken;
    private final NoticeSettings settings;
    private final Clock clock;

    public IssuePlanner(NoticeRepository notices, CaseGateway cases, RepresentationGateway representations,
            ServiceToken serviceToken, NoticeSettings settings, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.representations = representations;
        this.serviceToken = serviceToken;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuePlan plan(Notice n, String issuer, Credentials asIssuer) {
        StatutoryContent.require(n, settings.paymentDetails(), settings.appealRights());
        CaseSnapshot snapshot = cases.read(n.caseId, asIssuer);
        IssueRules.requireNotTheInvestigator(issuer, snapshot.assignee());
        LocalDate today = LondonCalendar.today(clock);
        return switch (n.type) {
            case NOTICE_OF_INTENT -> planNoticeOfIntent(n, snapshot, today);
            case PENALTY_NOTICE -> planPenaltyNotice(n, snapshot, today, issuer);
            default -> planOtherDecision(n, snapshot, today);
        };
    }

    private IssuePlan planNoticeOfIntent(Notice n, CaseSnapshot snapshot, LocalDate today) {
        requireCaseIn(snapshot, "INVESTIGATING", n);
        notices.liveNoticeOfIntent(n.caseId).ifPresent(other -> {
            throw ProblemException.conflict("notice-of-intent-exists", "A notice of intent is live",
                    "Notice of intent " + other.reference + " on this case is still live; withdraw it first");
        });
        if (n.organisationId == null) {
            throw ProblemException.unprocessable("organisation-id-missing", "Organisation id missing",
                    "Case " + n.caseReference + " records no organisation id, so the organisation's users could not "
                            + "see this notice or make representations; add organisation.id to the case");
        }
        return new IssuePlan(IssueDates.of(n, today), null);
    }

    private IssuePlan planPenaltyNotice(Notice n, CaseSnapshot snapshot, LocalDate today, String issuer) {
        Notice noticeOfIntent = n.noticeOfIntentId == null ? null : notices.findById(n.noticeOfIntentId);
        IssueRules.requireLiveNoticeOfIntent(n, noticeOfIntent);
        IssueRules.requireRepresentationWindowOpened(noticeOfIntent);
        WindowStatus window = representations.status(noticeOfIntent.id, serviceToken.actingFor(issuer));
        IssueRules.requireRepresentationPeriodEnded(today, window.dueOn());
        IssueRules.requireRepresentationsConsidered(window.representationsReceived(), window.representationsConsidered());
        IssueRules.requireWithinPenaltyDeadline(today, noticeOfIntent);
        requireCaseIn(snapshot, "NOTICE_OF_INTENT_ISSUED", n);
        return new IssuePlan(IssueDates.of(n, today), (int) window.representationsReceived());
    }

    private IssuePlan planOtherDecision(Notice n, CaseSnapshot snapshot, LocalDate today) {
        if (!"INVESTIGATING".equals(snapshot.status()) && !"NOTICE_OF_INTENT_ISSUED".equals(snapshot.status())) {
            throw caseNotReady(n, snapshot, "INVESTIGATING or NOTICE_OF_INTENT_ISSUED");
        }
        return new IssuePlan(IssueDates.of(n, today), null);
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
