package org.casework.notices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.client.CaseGateway;
import org.casework.notices.client.Credentials;
import org.casework.notices.client.DownstreamRefusedException;
import org.casework.notices.client.DownstreamUnavailableException;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.notices.events.NoticeEvents;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Withdrawing a notice. A draft is simply withdrawn. An issued notice of intent returns its case to
 * INVESTIGATING and closes its representation window first; the notice is WITHDRAWN only once both
 * are done (a retry repeats them harmlessly). Final decisions are not withdrawn: a penalty notice is
 * varied or cancelled (Sch 16 paras 7-8, {@link PenaltyChangeService}) or its appeal decided by the tribunal.
 */
@ApplicationScoped
public class NoticeWithdrawalService {

    private final NoticeRepository notices;
    private final NoticeEvents domainEvents;
    private final CaseGateway cases;
    private final RepresentationWindows windows;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;

    public NoticeWithdrawalService(NoticeRepository notices, CaseGateway cases, RepresentationWindows windows,
            AuditTrail audit, CallerContext caller, Clock clock, NoticeEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.notices = notices;
        this.cases = cases;
        this.windows = windows;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    public Notice withdraw(UUID id, String reason) {
        Notice n = notices.require(id);
        if (n.status == NoticeStatus.WITHDRAWN) {
            return n;
        }
        if (n.status == NoticeStatus.ISSUED) {
            if (n.type != NoticeType.NOTICE_OF_INTENT) {
                throw ProblemException.conflict("final-decision", "Final decision",
                        n.type.title() + " " + n.reference + " has been given; it is not withdrawn: a penalty notice may be varied or cancelled (DPA 2018 Sch 16 "
                                + "paras 7-8), and an appeal decides the others");
            }
            if (notices.count("noticeOfIntentId = ?1 and status = ?2", n.id, NoticeStatus.ISSUED) > 0) {
                throw ProblemException.conflict("penalty-notice-given", "Penalty notice given",
                        "A penalty notice resting on " + n.reference + " has been given");
            }
            retractDownstream(n);
        } else if (n.pendingIssue != null) {
            throw ProblemException.conflict("issue-pending", "Issue in progress",
                    "Notice " + n.reference + " is being issued; wait for the issue to complete, then withdraw it");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice locked = notices.lockForChange(id);
            if (locked.status == NoticeStatus.WITHDRAWN) {
                return locked;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            locked.status = NoticeStatus.WITHDRAWN;
            locked.withdrawnBy = caller.get().subject();
            locked.withdrawnAt = now;
            locked.withdrawalReason = reason;
            locked.touch(now);
            audit.record("notice.withdrawn", NoticeDraftService.RESOURCE, id.toString(),
                    Map.of("reference", locked.reference));
            domainEvents.withdrawn(locked);
            notices.flush();
            return locked;
        });
    }

    private void retractDownstream(Notice n) {
        String person = caller.get().subject();
        try {
            try {
                cases.transition(n.caseId, "INVESTIGATING", "Notice of intent " + n.reference + " withdrawn", n.id,
                        "withdraw-" + n.id, Credentials.ofPerson(caller.bearerToken()));
            } catch (DownstreamRefusedException e) {
                if (!(e.status() == 409 && "INVESTIGATING".equals(e.currentStatus()))) {
                    throw e;
                }
            }
            windows.close(n, person);
        } catch (DownstreamUnavailableException | FaultToleranceException e) {
            throw new ProblemException(503, "downstream-unavailable", "Another service is unavailable",
                    "The notice of intent could not be withdrawn yet; it stays ISSUED. Retry the request.")
                    .header("Retry-After", "30");
        } catch (DownstreamRefusedException e) {
            throw ProblemException.conflict("downstream-refused", "Refused by " + e.service(),
                    e.service() + " refused: " + e.detail());
        }
    }
}
