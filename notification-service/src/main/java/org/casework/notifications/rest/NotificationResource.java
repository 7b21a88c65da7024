package org.casework.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.notifications.repository.NotificationRepository;
import org.casework.notifications.service.NotificationQueries;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The record of every message: to whom, when, what, why, and how its delivery went. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationQueries queries;

    public NotificationResource(NotificationQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listNotifications", summary = "Messages sent or waiting",
            description = "Newest first, keyset-paged (`limit`, `after`), optionally one organisation's: recipient, "
                    + "template, subject, the event or reminder it answers, status (PENDING, SENT, FAILED), attempts, "
                    + "the last delivery error and when the next attempt is due. Never the message's body. "
                    + "The read is audited (notifications.read).")
    public Page<NotificationRepository.Listed> list(
            @QueryParam("organisationId")
            @Pattern(regexp = ContactResource.ORGANISATION_ID, message = "must be an organisation id")
            @Size(max = ContactResource.ORGANISATION_ID_LENGTH) String organisationId,
            @QueryParam("after") String after, @QueryParam("limit") String limit) {
        return queries.list(organisationId, after, PageLimit.of(limit));
    }
}
