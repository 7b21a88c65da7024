package org.casework.cases.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.cases.domain.CaseStatus;
import org.casework.cases.service.CaseQueries;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases/counts")
@Tag(name = "Cases")
public class CaseloadResource {

    private final CaseQueries queries;

    public CaseloadResource(CaseQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "countCasesByState",
            summary = "The caseload by state", description = "How many cases are in each state.")
    public Map<CaseStatus, Long> counts() {
        return queries.caseload();
    }
}
