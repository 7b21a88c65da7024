package org.casework.cases.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.cases.domain.CaseStatus;
import org.casework.cases.service.CaseQueries;
import org.casework.platform.openapi.Produced;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases/counts")
@Tag(name = "Cases")
public class CaseloadResource {

    /** A count of cases: a bigint, never negative. */
    @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = Produced.BIGINT_MAX)
    static final class CaseCount {
    }

    private final CaseQueries queries;

    public CaseloadResource(CaseQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "countCasesByState",
            summary = "The caseload by state", description = "How many cases are in each state.")
    @APIResponse(responseCode = "200", description = "The number of cases in each state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = CaseCount.class)))
    public Map<CaseStatus, Long> counts() {
        return queries.caseload();
    }
}
