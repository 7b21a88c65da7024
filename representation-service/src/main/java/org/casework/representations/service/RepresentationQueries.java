package org.casework.representations.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.representations.domain.EvidenceFile;
import org.casework.representations.domain.ExtensionRequest;
import org.casework.representations.domain.HearingRequest;
import org.casework.representations.domain.Representation;
import org.casework.representations.domain.RepresentationWindow;
import org.casework.representations.repository.EvidenceFileRepository;
import org.casework.representations.repository.RepresentationRepository;
import org.casework.representations.repository.RequestRepositories;
import org.casework.representations.repository.WindowRepository;

/**
 * Reading representations. The portal's reads are filtered by the caller's organisation in the
 * query itself; another organisation's ids answer 404. Reads of a representation's detail and
 * downloads of evidence are audited, by staff and organisations alike.
 */
@ApplicationScoped
public class RepresentationQueries {

    /** A window with everything submitted and asked about it. */
    public record WindowDetail(RepresentationWindow window, List<Submitted> representations,
            List<ExtensionRequest> extensionRequests, List<HearingRequest> hearingRequests) {
    }

    public record Submitted(Representation representation, List<EvidenceFile> files) {
    }

    private final WindowRepository windows;
    private final RepresentationRepository representations;
    private final EvidenceFileRepository files;
    private final RequestRepositories.Extensions extensions;
    private final RequestRepositories.Hearings hearings;
    private final AuditTrail audit;
    private final CallerContext caller;

    public RepresentationQueries(WindowRepository windows, RepresentationRepository representations,
            EvidenceFileRepository files, RequestRepositories.Extensions extensions, RequestRepositories.Hearings hearings,
            AuditTrail audit, CallerContext caller) {
        this.windows = windows;
        this.representations = representations;
        this.files = files;
        this.extensions = extensions;
        this.hearings = hearings;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Page<RepresentationWindow> myWindows(String after, int limit) {
        String organisation = OrganisationScope.of(caller.get());
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        Instant beforeOpened = from == null ? null : from.key();
        UUID beforeId = from == null ? null : from.id();
        List<RepresentationWindow> page = windows.pageOf(organisation, beforeOpened, beforeId, limit);
        String next = null;
        if (page.size() == limit) {
            RepresentationWindow last = page.get(page.size() - 1);
            next = Cursor.after(last.openedAt, last.noticeId);
        }
        return new Page<>(page, next);
    }

    /** The notice with everything the organisation sent about it; audited, as it shows their representations. */
    @Transactional
    public WindowDetail myWindow(UUID noticeId) {
        String organisation = OrganisationScope.of(caller.get());
        RepresentationWindow w = windows.ofOrganisation(noticeId, organisation)
                .orElseThrow(() -> OrganisationScope.notFound("Notice " + noticeId));
        WindowDetail d = detail(w);
        audit.record("window.read", WindowService.RESOURCE, noticeId.toString(),
                Map.of("representations", String.valueOf(d.representations().size())));
        return d;
    }

    @Transactional
    public Submitted myRepresentation(UUID id) {
        String organisation = OrganisationScope.of(caller.get());
        Representation r = representations.ofOrganisation(id, organisation)
                .orElseThrow(() -> OrganisationScope.notFound("Representation " + id));
        audit.record("representation.read", SubmissionService.RESOURCE, id.toString(), Map.of());
        return new Submitted(r, files.ofRepresentation(id));
    }

    /** One of the caller's own organisation's files, for download; the download is audited. */
    @Transactional
    public EvidenceFile myFile(UUID representationId, UUID fileId) {
        String organisation = OrganisationScope.of(caller.get());
        representations.ofOrganisation(representationId, organisation)
                .orElseThrow(() -> OrganisationScope.notFound("Representation " + representationId));
        return downloaded(representationId, fileId);
    }

    @Transactional
    public Page<Submitted> ofNotice(UUID noticeId, String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        Instant afterSubmitted = from == null ? null : from.key();
        UUID afterId = from == null ? null : from.id();
        List<Representation> page = representations.pageOfNotice(noticeId, afterSubmitted, afterId, limit);
        String next = null;
        if (page.size() == limit) {
            Representation last = page.get(page.size() - 1);
            next = Cursor.after(last.submittedAt, last.id);
        }
        // the page holds the statements themselves, so it is a read of each as much as GET /representations/{id};
        // a notice without a window has nothing to read (an empty page, as before, and no entry)
        if (windows.findByIdOptional(noticeId).isPresent()) {
            audit.record("representation.list-read", WindowService.RESOURCE, noticeId.toString(),
                    Map.of("representations", String.valueOf(page.size())));
        }
        return new Page<>(withFiles(page), next);
    }

    @Transactional
    public Submitted representation(UUID id) {
        Representation r = representations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Representation " + id));
        audit.record("representation.read", SubmissionService.RESOURCE, id.toString(), Map.of());
        return new Submitted(r, files.ofRepresentation(id));
    }

    /** A representation just changed, with its files, to answer that change: the change is audited, not read again. */
    @Transactional
    public Submitted changed(UUID id) {
        Representation r = representations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Representation " + id));
        return new Submitted(r, files.ofRepresentation(id));
    }

    @Transactional
    public EvidenceFile file(UUID representationId, UUID fileId) {
        return downloaded(representationId, fileId);
    }

    /** A notice's requests for more time, in the words the organisation gave; the read is audited. */
    @Transactional
    public List<ExtensionRequest> extensionRequests(UUID noticeId) {
        return listRead("extension.list-read", noticeId, window(noticeId).extensionRequests());
    }

    /** A notice's requests for an oral hearing, with their reasons; the read is audited. */
    @Transactional
    public List<HearingRequest> hearingRequests(UUID noticeId) {
        return listRead("hearing.list-read", noticeId, window(noticeId).hearingRequests());
    }

    private <T> List<T> listRead(String action, UUID noticeId, List<T> list) {
        audit.record(action, WindowService.RESOURCE, noticeId.toString(), Map.of("requests", String.valueOf(list.size())));
        return list;
    }

    private WindowDetail window(UUID noticeId) {
        return detail(windows.findByIdOptional(noticeId)
                .orElseThrow(() -> ProblemException.notFound("The window of notice " + noticeId)));
    }

    private EvidenceFile downloaded(UUID representationId, UUID fileId) {
        EvidenceFile f = files.ofRepresentation(representationId, fileId)
                .orElseThrow(() -> ProblemException.notFound("File " + fileId));
        audit.record("evidence.downloaded", SubmissionService.RESOURCE, representationId.toString(),
                Map.of("fileId", fileId.toString(), "sha256", f.sha256));
        return f;
    }

    private WindowDetail detail(RepresentationWindow w) {
        return new WindowDetail(w, withFiles(representations.ofNotice(w.noticeId)), extensions.ofNotice(w.noticeId),
                hearings.ofNotice(w.noticeId));
    }

    /** Representations with their files, the files read in one query. */
    private List<Submitted> withFiles(List<Representation> page) {
        Map<UUID, List<EvidenceFile>> byRepresentation = files.ofRepresentations(
                page.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(f -> f.representationId));
        return page.stream().map(r -> new Submitted(r, byRepresentation.getOrDefault(r.id, List.of()))).toList();
    }
}
