package org.casework.notices.rest;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.notices.domain.penalty.PecrRules;
import org.casework.notices.domain.penalty.PenaltyCalculator;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PenaltyRuleException;
import org.casework.platform.security.Roles;
import org.casework.platform.time.LondonCalendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/penalty-calculations")
@Tag(name = "Penalty calculations", description = "The five-step fine calculation of the Fining Guidance")
public class PenaltyCalculationResource {

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.DECISION_MAKER })
    @Operation(operationId = "calculatePenalty",
            summary = "Work out a penalty", description = "No side effects. Answers every step with its value, "
            + "range, reason and a plain-words explanation, and the amount, never above the statutory maximum. A choice "
            + "outside its band is a 400 naming the band. Under PECR (regime PECR) the maximum is the one in force on the "
            + "days of the infringement (pecr.infringedFrom to infringedTo; the lower where it changed during them).")
    public CalculationView calculate(@Valid @NotNull CalculationRequest body) {
        try {
            PenaltyInput input = body.toInput("");
            PecrRules.checkNotAfter(input, LondonCalendar.today(clock));
            return CalculationView.of(PenaltyCalculator.calculate(input), input);
        } catch (PenaltyRuleException e) {
            // this body is the calculation itself: name fields from its root
            throw DownstreamProblemMappers.problemOf(e, "");
        }
    }
}
