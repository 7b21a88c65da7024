package org.casework.representations.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;
import org.casework.representations.config.RepresentationConfig;
import org.casework.representations.domain.EvidenceType;
import org.casework.representations.domain.FileNames;
import org.casework.representations.domain.HearingDecision;
import org.casework.representations.domain.HearingDocument;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.domain.Lengths;
import org.casework.representations.repository.LargeObjects;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.events.RepresentationEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The regulator's side of oral hearings (DPA 2018 Sch 16 para 3(5)): a decision-maker grants or refuses each
 * request once; a granted hearing, once held, is recorded with who attended, a note and its documents, stored
 * and checked exactly as representation evidence is.
 */
@ApplicationScoped
public class HearingService {

    static final String RESOURCE = "hearing-request";
    private static final int STORE_TIMEOUT_SECONDS = 300;
    static final int MAX_NOTE = Lengths.NOTE;
    static final int MAX_ATTENDEES = Lengths.ATTENDEES_TEXT;

    /** A hearing request with the documents of the hearing held, in their order. */
    public record Hearing(HearingRequest request, List<HearingDocument> documents) {
    }

    private final RequestRepositories.Hearings hearings;
    private final RepresentationEvents domainEvents;
    private final RequestRepositories.HearingDocuments documents;
    private final LargeObjects storage;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final RepresentationConfig config;
    private final Clock clock;

    public HearingService(RequestRepositories.Hearings hearings, RequestRepositories.HearingDocuments documents,
            LargeObjects storage, AuditTrail audit, CallerContext caller, RepresentationConfig config, Clock clock, RepresentationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.hearings = hearings;
        this.documents = documents;
        this.storage = storage;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public HearingRequest decide(UUID id, HearingDecision decision) {
        HearingDecision.requireMayDecide(caller.get().roles());
        HearingRequest h = hearings.lockForChange(id).orElseThrow(() -> ProblemException.notFound("Hearing request " + id));
        Instant now = now();
        h.decide(decision, caller.get().subject(), now, LocalDateTime.ofInstant(now, LondonCalendar.ZONE));
        Map<String, String> details = new HashMap<>();
        details.put("noticeId", h.noticeId.toString());
        details.put("granted", String.valueOf(decision.granted()));
        if (decision.granted()) {
            details.put("heldAt", h.heldAt.toString());
            details.put("by", h.place != null ? "in person" : "video");
        }
        audit.record("hearing.decided", RESOURCE, id.toString(), details);
        domainEvents.record(h.noticeId, RepresentationEvents.HEARING_DECIDED,
                new RepresentationEvents.HearingDecided(h.noticeId, h.id, decision.granted(), h.heldAt));
        hearings.flush();
        return h;
    }

    /** Everything that can be checked before storing is; then the request is locked and the files stored in one go. */
    public Hearing record(UUID id, String heldOn, String attendees, String note, List<Upload> uploads) {
        LocalDate on = date(heldOn);
        SubmissionChecks.checkText("attendees", attendees, MAX_ATTENDEES, true);
        SubmissionChecks.checkText("note", note, MAX_NOTE, true);
        SubmissionChecks.checkNames(uploads);
        SubmissionChecks.checkSizes(uploads, config);
        List<EvidenceType> types = SubmissionChecks.types(uploads);
        return QuarkusTransaction.requiringNew().timeout(STORE_TIMEOUT_SECONDS)
                .call(() -> store(id, on, HearingRequest.lines(attendees), note, uploads, types));
    }

    private Hearing store(UUID id, LocalDate on, List<String> attendees, String note, List<Upload> uploads,
            List<EvidenceType> types) {
        HearingRequest h = hearings.lockForChange(id).orElseThrow(() -> ProblemException.notFound("Hearing request " + id));
        Instant now = now();
        h.record(on, attendees, note, caller.get().subject(), now, LondonCalendar.dateOf(now));
        List<HearingDocument> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            LargeObjects.Stored content = storage.store(uploads.get(i).path());
            HearingDocument d = new HearingDocument();
            d.id = UUID.randomUUID();
            d.hearingRequestId = id;
            d.position = i;
            d.fileName = FileNames.sanitise(uploads.get(i).submittedName(), types.get(i));
            d.contentType = types.get(i).contentType();
            d.sizeBytes = content.size();
            d.sha256 = content.sha256();
            d.contentOid = content.oid();
            d.createdAt = now;
            documents.persist(d);
            stored.add(d);
        }
        audit.record("hearing.recorded", RESOURCE, id.toString(), Map.of("noticeId", h.noticeId.toString(),
                "heldOn", on.toString(), "documents", String.valueOf(stored.size()),
                "sha256", String.join(",", stored.stream().map(d -> d.sha256).toList())));
        hearings.flush();
        return new Hearing(h, stored);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw SubmissionChecks.invalid("heldOn", "is required (the day the hearing was held, YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (RuntimeException e) {
            throw SubmissionChecks.invalid("heldOn", "must be a date, YYYY-MM-DD");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
