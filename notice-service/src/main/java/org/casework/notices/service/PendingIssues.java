package org.casework.notices.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.security.Caller;

import org.jboss.logging.Logger;

/** Bookkeeping of issues still in progress: failures noted, refused ones abandoned (the notice stays DRAFT). */
@ApplicationScoped
public class PendingIssues {

    private static final Logger LOG = Logger.getLogger(PendingIssues.class);
    public static final int MAX_ERROR = 2000;

    private final NoticeRepository notices;
    private final AuditTrail audit;
    private final Clock clock;

    public PendingIssues(NoticeRepository notices, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(UUID id, String error) {
        Notice n = notices.lockForChange(id);
        if (n.pendingIssue != null) {
            n.pendingIssue.lastError = truncate(error);
            n.touch(clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        LOG.warnf("Issue of notice %s not completed yet: %s", id, truncate(error));
    }

    /**
     * Another service refused for good (the case was moved elsewhere, say): the issue is dropped, the
     * notice stays DRAFT with its dates cleared, and the refusal is on the audit trail.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(UUID id, String error) {
        abandon(id, error, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(UUID id, String error, Caller by) {
        Notice n = notices.lockForChange(id);
        if (n.pendingIssue == null) {
            return;
        }
        n.pendingIssue = null;
        n.issuedOn = null;
        n.givingMethod = null;
        n.givingProvision = null;
        n.sentAt = null;
        n.givenOn = null;
        n.representationsDueOn = null;
        n.paymentDueOn = null;
        n.appealDueOn = null;
        n.representationsReceived = null;
        n.touch(clock.instant().truncatedTo(ChronoUnit.MICROS));
        Map<String, String> details = Map.of("reason", truncate(error));
        if (by == null) {
            audit.record("notice.issue-abandoned", NoticeDraftService.RESOURCE, id.toString(), details);
        } else {
            audit.record(by, "notice.issue-abandoned", NoticeDraftService.RESOURCE, id.toString(), details);
        }
        LOG.warnf("Issue of notice %s abandoned: %s", id, truncate(error));
    }

    private static String truncate(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e;
    }
}
