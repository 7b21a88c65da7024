package org.casework.notices.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.service.AccountQueries;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's view of what it owes on its own penalty notice. */
@Path("/portal/issued-notices/{noticeId}/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
public class PortalAccountResource {

    private final AccountQueries accounts;
    private final CallerContext caller;

    public PortalAccountResource(AccountQueries accounts, CallerContext caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ORG_REPRESENTATIVE)
    @Operation(operationId = "readOwnPenaltyAccount",
            summary = "Read your penalty account", description = "For a representative of the notice's organisation: "
            + "amount due, paid, balance, the payment date and its working-day date, instalments, overdue and interest. "
            + "Another organisation's notice answers 404 exactly as a missing one. An audited read.")
    public PortalAccountView account(@PathParam("noticeId") UUID noticeId) {
        String organisation = caller.get().organisationId();
        if (organisation == null || organisation.isBlank()) {
            // a representative not linked to an organisation has no account to see: refused, not probed
            throw ProblemException.forbidden("no-organisation",
                    "Your account is not linked to an organisation; ask the regulator to link it");
        }
        return PortalAccountView.of(accounts.portalAccount(noticeId, organisation));
    }
}
