package org.casework.web.client;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.model.ApiPage;
import org.casework.web.model.CaseDetail;
import org.casework.web.model.ExtensionRequest;
import org.casework.web.model.Hearing;
import org.casework.web.model.Notice;
import org.casework.web.model.Representation;
import org.casework.web.model.TimelineEntry;

import com.fasterxml.jackson.core.type.TypeReference;

/** The reads several pages make, each answered as the records the templates are checked against. */
@ApplicationScoped
public class Reads {

    private final ApiGateway api;

    public Reads(ApiGateway api) {
        this.api = api;
    }

    public CaseDetail theCase(String id) {
        return api.get(Service.CASES, "/cases/" + id, CaseDetail.class);
    }

    public List<TimelineEntry> timeline(String caseId) {
        return api.get(Service.CASES, "/cases/" + caseId + "/timeline", Map.of("limit", "100"),
                new TypeReference<ApiPage<TimelineEntry>>() { }).items();
    }

    public Notice notice(String id) {
        return api.get(Service.NOTICES, "/notices/" + id, Notice.class);
    }

    public List<Notice> notices(String caseId) {
        return api.get(Service.NOTICES, "/notices", Map.of("caseId", caseId, "limit", "100"),
                new TypeReference<ApiPage<Notice>>() { }).items();
    }

    /** The representations on a given notice of intent; none while representation-service has no window for it. */
    public List<Representation> representations(String noticeId) {
        return noneIfNoWindow(() -> api.get(Service.REPRESENTATIONS, "/representations",
                Map.of("noticeId", noticeId, "limit", "200"), new TypeReference<ApiPage<Representation>>() { }).items());
    }

    public List<ExtensionRequest> extensionRequests(String noticeId) {
        return noneIfNoWindow(() -> api.get(Service.REPRESENTATIONS, "/extension-requests", Map.of("noticeId", noticeId),
                new TypeReference<List<ExtensionRequest>>() { }));
    }

    /** The requests for an oral hearing on a notice of intent, with the decision and record of each. */
    public List<Hearing> hearingRequests(String noticeId) {
        return noneIfNoWindow(() -> api.get(Service.REPRESENTATIONS, "/hearing-requests", Map.of("noticeId", noticeId),
                new TypeReference<List<Hearing>>() { }));
    }

    private static <T> List<T> noneIfNoWindow(Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
