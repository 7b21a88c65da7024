package org.casework.notices.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.service.ComplianceDateQueries;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Compliance dates due and missed", description = "Every PENDING step of an issued enforcement "
            + "notice due within `days` (default 60, 0 to 366) of today (London), and every one already missed (its "
            + "date past while PENDING, not suspended by an appeal under DPA 2018 s.150(7)); soonest first, with the "
            + "counts `due` and `missed`.")
    public ComplianceDateQueries.ComplianceDates within(@QueryParam("days") String days) {
        return queries.within(days(days));
    }

    private static int days(String value) {
        if (value == null || value.isEmpty()) {
            return 60;
        }
        try {
            int d = Integer.parseInt(value);
            if (d >= 0 && d <= 366) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Parameter 'days' must be a whole number from 0 to 366")
                .with("errors", List.of(new FieldError("days", "must be a whole number from 0 to 366"))));
    }
}
