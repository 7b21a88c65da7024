package org.casework.cases.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.cases.domain.CaseEvent;
import org.casework.cases.domain.CaseFacts;
import org.casework.cases.service.CaseQueries;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class TimelineResource {

    private final CaseQueries queries;

    public TimelineResource(CaseQueries queries) {
        this.queries = queries;
    }

    /** Each text as long as case_event holds it; the details are the audit details of the same change. */
    public record TimelineEntry(@Schema(minimum = "1", maximum = Produced.BIGINT_MAX) long id, Instant occurredAt,
            @Schema(maxLength = Produced.NAME) String actor, CaseEvent.Type type,
            @Schema(maxLength = 2000) String description,
            @Schema(additionalProperties = TimelineDetail.class) Map<String, String> details) {

        static TimelineEntry of(CaseEvent e) {
            return new TimelineEntry(e.id, e.occurredAt, e.actor, e.type, e.description, e.details);
        }
    }

    /** One timeline detail's text: an event's details are at most one case summary long. */
    @Schema(type = SchemaType.STRING, maxLength = CaseFacts.SUMMARY)
    static final class TimelineDetail {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readCaseTimeline",
            summary = "The case's timeline", description = "What happened to the case, oldest first; keyset-paged.")
    public Page<TimelineEntry> timeline(@PathParam("id") UUID id, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        Page<CaseEvent> page = queries.timeline(id, after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(TimelineEntry::of).toList(), page.next());
    }
}
