package org.casework.notices.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.CaseSnapshot;
import org.casework.notices.client.Credentials;
import org.casework.notices.client.DownstreamException;
import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.config.NoticeSettings;
import org.casework.notices.domain.IssueReadiness;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeRecipients;
import org.casework.notices.domain.Recipient;
import org.casework.platform.security.CallerContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Checks a draft against what its issue will require, with the case's facts as they are now (read
 * with the caller's own token), so a draft that cannot be issued says so, and why, long before anyone
 * tries. Changes nothing.
 */
@ApplicationScoped
public class DraftIssueCheck {

    private final CaseGateway cases;
    private final NoticeSettings settings;
    private final CallerContext caller;

    public DraftIssueCheck(CaseGateway cases, NoticeSettings settings, CallerContext caller) {
        this.cases = cases;
        this.settings = settings;
        this.caller = caller;
    }

    /** Reads the case once, quickly; if case-service does not answer, the check says so instead of failing. */
    public DraftCheck check(Notice draft) {
        CaseSnapshot snapshot;
        try {
            snapshot = cases.readOnce(draft.caseId, Credentials.ofPerson(caller.bearerToken()));
        } catch (DownstreamRefusedException e) {
            return new DraftCheck(draft.organisationId, draft.organisationName, draft.recipients, null,
                    "case-service refused to show the case (" + e.status()
                    + "), so the draft could not be checked against the case's facts");
        } catch (DownstreamException | FaultToleranceException e) {
            return new DraftCheck(draft.organisationId, draft.organisationName, draft.recipients, null,
                    "case-service did not answer, so the draft could not be "
                    + "checked against the case's facts; read it again shortly");
        }
        return check(draft, snapshot);
    }

    /** The check against a case already read: the draft's parties follow the case. */
    public DraftCheck check(Notice draft, CaseSnapshot snapshot) {
        NoticeRecipients.Followed followed = NoticeRecipients.follow(draft.recipients, legalEntities(snapshot));
        String organisationId = snapshot.organisation() == null ? null : snapshot.organisation().id();
        String organisationName = snapshot.organisation() == null ? draft.organisationName : snapshot.organisation().name();
        return new DraftCheck(organisationId, organisationName, followed.recipients(), IssueReadiness.missing(draft,
                followed, organisationId, settings.paymentDetails(), settings.appealRights()), null);
    }

    /** The case's legal entities, as the recipients a notice can address. */
    static List<Recipient> legalEntities(CaseSnapshot snapshot) {
        if (snapshot.organisation() == null || snapshot.organisation().legalEntities() == null) {
            return List.of();
        }
        return snapshot.organisation().legalEntities().stream()
                .map(e -> new Recipient(e.name(), e.companyNumber(), e.address())).toList();
    }
}
