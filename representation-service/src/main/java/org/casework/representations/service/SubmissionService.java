package org.casework.representations.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.limits.RecordLimit;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.representations.config.RepresentationConfig;
import org.casework.representations.domain.EvidenceFile;
import org.casework.representations.domain.EvidenceType;
import org.casework.representations.domain.FileNames;
import org.casework.representations.domain.NoticeLimits;
import org.casework.representations.domain.Representation;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.events.RepresentationEvents;
import org.casework.representations.repository.EvidenceFileRepository;
import org.casework.representations.repository.LargeObjects;
import org.casework.representations.repository.RepresentationRepository;
import org.casework.representations.repository.WindowRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An organisation submits written representations with evidence. Everything that can be checked
 * first is; then the window, the deadline and the organisation's rate are checked and the statement
 * and files stored in one transaction, so a refused or failed submission leaves nothing behind.
 */
@ApplicationScoped
public class SubmissionService {

    static final String RESOURCE = "representation";
    private static final int STORE_TIMEOUT_SECONDS = 300;

    /** A stored representation with its files, in their order. */
    public record Submitted(Representation representation, List<EvidenceFile> files) {
    }

    private final WindowRepository windows;
    private final RepresentationEvents domainEvents;
    private final RepresentationRepository representations;
    private final EvidenceFileRepository files;
    private final LargeObjects storage;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final RepresentationConfig config;
    private final Clock clock;

    public SubmissionService(WindowRepository windows, RepresentationRepository representations,
            EvidenceFileRepository files, LargeObjects storage, AuditTrail audit, CallerContext caller,
            RepresentationConfig config, Clock clock, RepresentationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.windows = windows;
        this.representations = representations;
        this.files = files;
        this.storage = storage;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    public Submitted submit(UUID noticeId, String statement, List<Upload> uploads) {
        String organisation = OrganisationScope.of(caller.get());
        SubmissionChecks.checkStatement(statement, config);
        SubmissionChecks.checkNames(uploads);
        SubmissionChecks.checkSizes(uploads, config);
        List<EvidenceType> types = SubmissionChecks.types(uploads);
        // copying up to 100 MB into large objects can outlast the default 60 s on a busy server; a transaction
        // ended by the timeout mid-copy fails the submission, so this one is given longer
        return QuarkusTransaction.requiringNew().timeout(STORE_TIMEOUT_SECONDS)
                .call(() -> store(noticeId, organisation, statement, uploads, types));
    }

    private Submitted store(UUID noticeId, String organisation, String statement, List<Upload> uploads, List<EvidenceType> types) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RepresentationWindow window = windows.lockOfOrganisation(noticeId, organisation)
                .orElseThrow(() -> OrganisationScope.notFound("Notice " + noticeId));
        window.requireAccepting(now);
        RecordLimit.requireRoom(representations.received(noticeId), NoticeLimits.REPRESENTATIONS, "representations");
        checkRate(organisation, now);
        Representation r = new Representation();
        r.id = UUID.randomUUID();
        r.noticeId = noticeId;
        r.organisationId = organisation;
        r.statement = statement;
        r.submittedBy = caller.get().subject();
        r.submittedByName = caller.displayName();
        r.submittedAt = now;
        representations.persist(r);
        List<EvidenceFile> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            LargeObjects.Stored content = storage.store(uploads.get(i).path());
            EvidenceFile f = new EvidenceFile();
            f.id = UUID.randomUUID();
            f.representationId = r.id;
            f.position = i;
            f.fileName = FileNames.sanitise(uploads.get(i).submittedName(), types.get(i));
            f.contentType = types.get(i).contentType();
            f.sizeBytes = content.size();
            f.sha256 = content.sha256();
            f.contentOid = content.oid();
            f.createdAt = now;
            files.persist(f);
            stored.add(f);
        }
        audit.record("representation.submitted", RESOURCE, r.id.toString(), Map.of("noticeId", noticeId.toString(),
                "organisationId", organisation, "files", String.valueOf(stored.size())));
        domainEvents.record(noticeId, RepresentationEvents.SUBMITTED, new RepresentationEvents.Submitted(noticeId, r.id,
                organisation, stored.size(), r.submittedAt));
        representations.flush();
        return new Submitted(r, stored);
    }

    /** At most N submissions per organisation within the window; the organisation's row lock makes the count exact. */
    private void checkRate(String organisation, Instant now) {
        representations.lockOrganisation(organisation);
        Duration window = config.rateLimit().window();
        List<Instant> recent = representations.submittedSince(organisation, now.minus(window));
        if (recent.size() >= config.rateLimit().submissions()) {
            long retryAfter = Math.max(1, Duration.between(now, recent.get(0).plus(window)).toSeconds());
            throw new ProblemException(new Problem("too-many-submissions", "Too many submissions", 429,
                    "Your organisation has made " + recent.size() + " submissions in the last "
                            + window.toMinutes() + " minutes; try again later"))
                    .header("Retry-After", String.valueOf(retryAfter));
        }
    }
}
