package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.service.RegisterQueries;
import org.casework.platform.money.Money;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register of final decisions: no token needed, nothing beyond what is published. */
@Path("/register")
@Tag(name = "Register", description = "Published final decisions (public)")
public class RegisterResource {

    private final RegisterQueries queries;

    public RegisterResource(RegisterQueries queries) {
        this.queries = queries;
    }

    /**
     * {@code amount} is the current one: after a variation, the varied amount. {@code underAppeal} is true while an
     * appeal against the decision is pending ("under appeal"). A cancelled penalty notice leaves the register: it no
     * longer imposes anything, and listing it as a decision in force would mislead. An enforcement notice cancelled
     * (DPA 2018 s.153) stays listed with {@code cancelled} true and the day, so the public can see it no longer
     * applies; one varied (its steps' dates) shows {@code varied}. A fixed penalty for an unpaid fee is listed by its
     * penalty notice ({@code FIXED_PENALTY_NOTICE}, issued on the day that notice was given), never by its notice of
     * intent; its reference is the fee payer's registration reference, and it has no summary.
     */
    public record RegisterEntry(UUID id, @Schema(maxLength = Lengths.ANY_REFERENCE) String reference,
            @Schema(enumeration = { "PENALTY_NOTICE", "ENFORCEMENT_NOTICE", "REPRIMAND", FIXED_PENALTY })
            String type, @Schema(maxLength = Lengths.NAME) String organisation, LocalDate issuedOn,
            Money amount, Money notionalFine, @Schema(maxLength = Lengths.SHORT_TEXT) String summary,
            boolean underAppeal, boolean varied, boolean cancelled,
            LocalDate cancelledOn) {

        static final String FIXED_PENALTY = "FIXED_PENALTY_NOTICE";

        static RegisterEntry of(RegisterQueries.Published p) {
            if (p.notice() == null) {
                FeePenalty f = p.penalty();
                return new RegisterEntry(f.id, f.reference, FIXED_PENALTY, f.organisationName, f.penaltyNoticeGivenOn,
                        Money.gbp(f.amount()), null, null, false, false, false, null);
            }
            Notice n = p.notice();
            boolean cancelled = n.status == NoticeStatus.CANCELLED;
            return new RegisterEntry(n.id, n.reference, n.type.name(), n.organisationName, n.issuedOn,
                    CalculationView.money(n.amount), CalculationView.money(n.notionalFine), n.publicSummary,
                    n.appealPending, !n.variations.isEmpty(), cancelled,
                    cancelled && n.cancellation != null ? n.cancellation.cancelledOn : null);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "readRegister",
            summary = "Published penalty notices, enforcement notices, reprimands and fixed penalties",
            description = "Newest first, keyset-paged. Public: no token needed. Decisions withheld from publication "
                    + "are not listed; the reason is recorded on the notice. A decision under appeal shows underAppeal; a "
                    + "varied penalty shows its current amount; a cancelled one is no longer listed. An enforcement "
                    + "notice cancelled under DPA 2018 s.153 stays listed with cancelled and cancelledOn. A fixed penalty for "
                    + "an unpaid fee (DPA 2018 s.155(1)(c), s.158) is listed once its penalty notice is given, as "
                    + "FIXED_PENALTY_NOTICE, unless withheld (PUT /fee-penalties/{id}/publication).")
    public Page<RegisterEntry> register(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Page<RegisterQueries.Published> page = queries.page(after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(RegisterEntry::of).toList(), page.next());
    }
}
