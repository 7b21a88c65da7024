package org.casework.web.client;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.model.CaseDetail;
import org.casework.web.model.ExtensionRequest;
import org.casework.web.model.Hearing;
import org.casework.web.model.Notice;
import org.casework.web.model.Representation;
import org.casework.web.model.TimelineEntry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The reads several pages make, each answered as the records the templates are checked against. */
@ApplicationScoped
public class Reads {

    private final CasesApi cases;
    private final NoticesApi notices;
    private final RepresentationsApi representations;
    private final HearingsApi hearings;

    public Reads(@RestClient CasesApi cases, @RestClient NoticesApi notices, @RestClient RepresentationsApi representations,
            @RestClient HearingsApi hearings) {
        this.cases = cases;
        this.notices = notices;
        this.representations = representations;
        this.hearings = hearings;
    }

    public CaseDetail theCase(String id) {
        return cases.read(id);
    }

    public List<TimelineEntry> timeline(String caseId) {
        return cases.timeline(caseId, 100).items();
    }

    public Notice notice(String id) {
        return notices.read(id);
    }

    public List<Notice> notices(String caseId) {
        return notices.list(caseId, 100).items();
    }

    /** The representations on a given notice of intent; none while representation-service has no window for it. */
    public List<Representation> representations(String noticeId) {
        return noneIfNoWindow(() -> representations.onNotice(noticeId, 200).items());
    }

    public List<ExtensionRequest> extensionRequests(String noticeId) {
        return noneIfNoWindow(() -> representations.extensionRequests(noticeId));
    }

    /** The requests for an oral hearing on a notice of intent, with the decision and record of each. */
    public List<Hearing> hearingRequests(String noticeId) {
        return noneIfNoWindow(() -> hearings.onNotice(noticeId));
    }

    private static <T> List<T> noneIfNoWindow(Supplier<List<T>> read) {
        try {
            List<T> found = read.get();
            return found == null ? List.of() : found;
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
