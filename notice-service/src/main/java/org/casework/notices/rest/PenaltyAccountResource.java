package org.casework.notices.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.service.AccountQueries;
import org.casework.notices.service.AccountTotals;
import org.casework.notices.service.AccountQueries.Filter;
import org.casework.platform.money.Money;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboard's penalty accounts: a filtered list and the totals. */
@Path("/penalty-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PenaltyAccountResource {

    private final AccountQueries accounts;
    private final AccountTotals totals;

    public PenaltyAccountResource(AccountQueries accounts, AccountTotals totals) {
        this.accounts = accounts;
        this.totals = totals;
    }

    /** Counts of accounts: each a penalty notice, so no more than rows in the notice table. */
    public record TotalsView(Money outstanding, @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long overdueCount,
            Money overdueBalance,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long recoveriesPossible, Money refundsDue,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long refundsDueCount,
            @Schema(minimum = "0", maximum = Produced.BIGINT_MAX) long accounts) {
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "listPenaltyAccounts",
            summary = "List penalty accounts", description = "Penalty notices given (and cancelled ones), oldest "
            + "first, keyset-paged; `filter` OVERDUE, RECOVERY_POSSIBLE, REFUND_DUE or OUTSTANDING keeps only those.")
    public Page<AccountSummaryView> list(
            @QueryParam("filter") @Parameter(schema = @Schema(implementation = Filter.class)) String filter,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        Page<AccountQueries.Account> page = accounts.page(filterOf(filter), after, PageLimit.of(limit));
        return new Page<>(page.items().stream().map(AccountSummaryView::of).toList(), page.next());
    }

    @GET
    @Path("/totals")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readPenaltyAccountTotals",
            summary = "Totals over every penalty account", description = "The balance outstanding, the number and "
            + "balance of overdue accounts, the number where recovery is possible, and the refunds due (exact pounds).")
    public TotalsView totals() {
        AccountTotals.Totals t = totals.totals();
        return new TotalsView(Money.gbp(t.outstanding()), t.overdueCount(), Money.gbp(t.overdueBalance()),
                t.recoveriesPossible(), Money.gbp(t.refundsDue()), t.refundsDueCount(), t.accounts());
    }

    private static Filter filterOf(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Filter.valueOf(value);
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(Filter.values()).map(Enum::name).toList());
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                    "Parameter 'filter' must be one of " + allowed)
                    .with("errors", List.of(new FieldError("filter", "must be one of " + allowed))));
        }
    }
}
