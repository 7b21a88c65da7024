package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.payment.InstalmentPlan;
import org.casework.notices.domain.payment.InstalmentPlanRules;
import org.casework.notices.service.AccountQueries;
import org.casework.notices.service.PaymentService;
import org.casework.platform.money.Money;
import org.casework.platform.security.Roles;
import org.casework.platform.validation.SafeText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A penalty notice's account, and what is recorded on it: payments, an instalment plan, a referral for recovery. */
@Path("/notices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payment and recovery of penalties")
public class PaymentResource {

    private final PaymentService payments;
    private final AccountQueries accounts;

    public PaymentResource(PaymentService payments, AccountQueries accounts) {
        this.payments = payments;
        this.accounts = accounts;
    }

    @Schema(example = """
            {"amount": {"amount": "250000.00", "currency": "GBP"}, "receivedOn": "2027-03-15",
             "reference": "BACS 000123456"}""")
    public record PaymentRequest(@NotNull @Valid Money amount, @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = Lengths.EXTERNAL_REFERENCE) @SafeText String reference) {
    }

    public record InstalmentRequest(@NotNull LocalDate dueOn, @NotNull @Valid Money amount) {
    }

    @Schema(example = """
            {"instalments": [{"dueOn": "2027-04-30", "amount": {"amount": "375000.00",
             "currency": "GBP"}}, {"dueOn": "2027-05-31", "amount": {"amount": "375000.00", "currency": "GBP"}}],
             "agreedOn": "2027-04-02", "reason": "Agreed on the organisation's cash-flow forecast."}""")
    public record InstalmentPlanRequest(
            @NotNull @Size(min = 1, max = InstalmentPlanRules.MAX_INSTALMENTS) List<@NotNull @Valid InstalmentRequest> instalments,
            @NotNull LocalDate agreedOn,
            @NotBlank @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String reason) {
    }

    @Schema(example = """
            {"referredOn": "2027-06-01", "note": "Referred to the county court for recovery as a civil debt."}""")
    public record RecoveryRequest(@NotNull LocalDate referredOn,
            @NotBlank @Size(max = Lengths.SHORT_TEXT) @SafeText(multiline = true) String note) {
    }

    @GET
    @Path("/account")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR })
    @Operation(operationId = "readPenaltyAccount",
            summary = "Read a penalty notice's account", description = "Amount due, paid, balance, refund due, the "
            + "payment date and its working-day date, overdue, interest (where the notice states a rate), instalments, "
            + "payments, the settlement's conditions and whether recovery is possible (DPA 2018 Sch 16 para 9). An "
            + "audited read (notice.account-read).")
    public AccountView account(@PathParam("id") UUID id) {
        return AccountView.of(accounts.account(id));
    }

    @POST
    @Path("/payments")
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "recordPayment",
            summary = "Record a payment received", description = "On a penalty notice given (ISSUED) or cancelled "
            + "(then refunded): more than £0.00 in whole pence, received on or after the day the notice was given and "
            + "not in the future. A bank reference is recorded once (409 payment-reference-used).")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull PaymentRequest body) {
        var p = payments.record(id, body.amount().amount(), body.receivedOn(), body.reference().strip());
        return Response.status(Response.Status.CREATED).entity(PaymentView.of(p)).build();
    }

    @PUT
    @Path("/instalment-plan")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "agreeInstalmentPlan",
            summary = "Agree an instalment plan", description = "The instalments add up exactly to the balance "
            + "outstanding, fall due in ascending order and none before today. Replaces any current plan (kept as "
            + "history). The plan does not vary the notice: the payment date stays; while the plan is kept the "
            + "penalty is not referred for recovery. Answers the account.")
    public AccountView plan(@PathParam("id") UUID id, @Valid @NotNull InstalmentPlanRequest body) {
        payments.agreePlan(id, body.instalments().stream()
                .map(i -> new InstalmentPlan.Instalment(i.dueOn(), i.amount().amount())).toList(),
                body.agreedOn(), body.reason());
        return AccountView.of(accounts.current(id));
    }

    @POST
    @Path("/recovery")
    @RolesAllowed(Roles.DECISION_MAKER)
    @Operation(operationId = "referPenaltyForRecovery",
            summary = "Refer the penalty for recovery as a civil debt", description = "Refused (409 recovery-barred, "
            + "with each reason and its rule) before both the payment period and the appeal period have ended "
            + "(working-day dates), while an appeal is pending (DPA 2018 Sch 16 para 9(1)), when nothing is owed, "
            + "while an instalment plan is kept, or once referred. Answers the account.")
    public AccountView refer(@PathParam("id") UUID id, @Valid @NotNull RecoveryRequest body) {
        payments.refer(id, body.referredOn(), body.note());
        return AccountView.of(accounts.current(id));
    }
}
