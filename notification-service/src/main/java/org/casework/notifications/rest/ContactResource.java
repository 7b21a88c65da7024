package org.casework.notifications.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notifications.domain.Contact;
import org.casework.notifications.domain.ContactList;
import org.casework.notifications.domain.EmailAddress;
import org.casework.notifications.repository.ContactRepository;
import org.casework.notifications.service.ContactService;
import org.casework.platform.http.EntityTags;
import org.casework.platform.openapi.Produced;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The register of an organisation's contacts: who at the organisation is written to, and who receives
 * statutory notices by email. Caseworkers keep it (they deal with the organisation during the investigation);
 * decision-makers and auditors read it.
 */
@Path("/organisations/{organisationId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

    static final String ORGANISATION_ID = "[a-z0-9][a-z0-9-]{0,63}";
    static final int ORGANISATION_ID_LENGTH = 64;

    private final ContactService service;

    public ContactResource(ContactService service) {
        this.service = service;
    }

    public record ContactBody(
            @NotBlank @Size(max = 200) @SafeText String name,
            @NotBlank @Size(max = EmailAddress.MAX_LENGTH)
            @Pattern(regexp = EmailAddress.PATTERN, message = "must be an email address") String email,
            @NotBlank @Size(max = 100) @SafeText String role,
            @NotNull Boolean receivesStatutoryNotices) {
    }

    @Schema(example = """
            {"contacts": [{"name": "Jane Smith", "email": "dpo@supplier.example", "role": "Data protection officer",
            "receivesStatutoryNotices": true}]}""")
    public record ContactsBody(@NotNull @Size(max = ContactList.MAX_CONTACTS) List<@Valid @NotNull ContactBody> contacts) {
    }

    public record ContactsView(@Schema(maxLength = ORGANISATION_ID_LENGTH) String organisationId,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long version,
            @Schema(maxItems = ContactList.MAX_CONTACTS) List<ContactBody> contacts) {

        static ContactsView of(ContactRepository.Stored s) {
            return new ContactsView(s.organisationId(), s.version(), s.contacts().contacts().stream()
                    .map(c -> new ContactBody(c.name(), c.email(), c.role(), c.receivesStatutoryNotices())).toList());
        }
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listOrganisationContacts", summary = "An organisation's contacts",
            description = "With the list's ETag; an organisation never given contacts has an empty list (ETag \"0\"). "
                    + "The read is audited (contacts.read).")
    public Response read(@PathParam("organisationId")
            @Pattern(regexp = ORGANISATION_ID, message = "must be an organisation id") @Size(max = ORGANISATION_ID_LENGTH)
            String organisationId) {
        ContactRepository.Stored s = service.read(organisationId);
        return Response.ok(ContactsView.of(s)).header(HttpHeaders.ETAG, EntityTags.of(s.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    @Operation(operationId = "replaceOrganisationContacts", summary = "Replace an organisation's contacts",
            description = "The whole list (at most 20, one per address). Requires If-Match with the list's ETag once "
                    + "the organisation has a list. Contacts with `receivesStatutoryNotices` are emailed each notice "
                    + "as it is given and reminded of its deadlines; every contact hears of decisions on the "
                    + "organisation's requests. Audited (contacts.replaced).")
    public Response replace(@PathParam("organisationId")
            @Pattern(regexp = ORGANISATION_ID, message = "must be an organisation id") @Size(max = ORGANISATION_ID_LENGTH)
            String organisationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ContactsBody body) {
        ContactList list = new ContactList(body.contacts().stream()
                .map(c -> new Contact(c.name().strip(), c.email(), c.role().strip(), c.receivesStatutoryNotices()))
                .toList());
        ContactRepository.Stored s = service.replace(organisationId, list, ifMatch);
        return Response.ok(ContactsView.of(s)).header(HttpHeaders.ETAG, EntityTags.of(s.version())).build();
    }
}
