package org.casework.notices.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.service.ComplianceDateQueries;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Compliance dates of enforcement notices' steps, for the dashboard's counts of steps due and missed. */
@Path("/compliance-dates")
@Tag(name = "Enforcement notices")
public class ComplianceDateResource {

    private final ComplianceDateQueries queries;

    public ComplianceDateResource(ComplianceDateQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listComplianceDates",
            summary = "Compliance dates due and missed", description = "Every PENDING step of an issued enforcement "
            + "notice due within `days` (default 60, 0 to 366) of today (London), and every one already missed (its "
            + "date past while PENDING, not suspended by an appeal under DPA 2018 s.150(7)); soonest first, with the "
            + "counts `due` and `missed` of the whole list. Keyset-paged: `limit` (1 to 200, default 50) and `after`, "
            + "the `next` of the previous page.")
    public ComplianceDateQueries.ComplianceDates within(@QueryParam("days") @Parameter(schema = @Schema(type = SchemaType.STRING,
            maxLength = DaysParameter.MAX_LENGTH,
                    pattern = "^[0-9]+$")) String days,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return queries.within(DaysParameter.of(days), after, PageLimit.of(limit));
    }
}
