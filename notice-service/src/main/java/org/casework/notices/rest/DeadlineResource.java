package org.casework.notices.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.domain.Deadline;
import org.casework.notices.service.DeadlineQueries;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deadlines")
@Tag(name = "Notices")
public class DeadlineResource {

    private final DeadlineQueries queries;

    public DeadlineResource(DeadlineQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listDeadlines",
            summary = "Statutory dates coming up", description = "Representations due, the last day for a penalty "
            + "notice, payments and appeals, within `days` (default 60, at most 366) of today (London), soonest first, "
            + "keyset-paged (`limit`, `after`), each with the days left to its statutory day (`dueOn`); payment and "
            + "appeal deadlines also give `workingDayDueOn`, the next working day in England and Wales where `dueOn` is "
            + "not one (GRC Rules 2009 r.12(2)).")
    public Page<Deadline> upcoming(@QueryParam("days") @Parameter(schema = @Schema(type = SchemaType.STRING,
            maxLength = DaysParameter.MAX_LENGTH, pattern = "^[0-9]+$")) String days,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return queries.upcoming(DaysParameter.of(days), after, PageLimit.of(limit));
    }
}
