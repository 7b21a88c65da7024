package org.casework.notices.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casework.notices.domain.penalty.Factor;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PercentChoice;
import org.casework.notices.domain.penalty.SeriousnessChoice;
import org.casework.platform.money.Money;
import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.validation.SafeTextValidator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The five steps of the Fining Guidance as a caseworker chooses them, each with its reason. Ranges
 * and bands are checked by the calculator; this only shapes the request.
 */
@Schema(description = "The caseworker's choices for each step of the fine calculation, each with its reason")
public record CalculationRequest(
        @Schema(description = "Worldwide annual turnover of the undertaking's preceding financial year; omit only "
                + "for a person that is not an undertaking (undertaking: false)")
        @Valid Money worldwideTurnover,
        @NotNull MaximumTier tier,
        @NotNull SeriousnessChoice seriousness,
        @Schema(description = "Omit when the maximum is set by turnover or the person is not an undertaking (no "
                + "adjustment then applies). Where an adjustment applies it is discretionary: a reason without a "
                + "percent records that no adjustment was made")
        PercentChoice turnoverAdjustment,
        @Size(max = 30) List<Factor> factors,
        @NotNull PercentChoice effectiveness,
        PercentChoice financialHardship,
        PercentChoice settlement,
        @Schema(description = "false for a person that is not an undertaking: it has no turnover, so the fixed "
                + "maximum applies (DPA 2018 s.157); default true")
        Boolean undertaking) {

    private static final int MAX_TEXT = 2000;

    /** The calculator's input; {@code path} is where this request sits in the body, for error field names. */
    public PenaltyInput toInput(String path) {
        checkTexts(path);
        return new PenaltyInput(worldwideTurnover == null ? null : worldwideTurnover.amount(), tier, seriousness,
                turnoverAdjustment, factors == null ? List.of() : List.copyOf(factors), effectiveness, financialHardship,
                settlement, undertaking);
    }

    public static CalculationRequest of(PenaltyInput input) {
        return input == null ? null : new CalculationRequest(
                input.worldwideTurnover() == null ? null : Money.gbp(input.worldwideTurnover()), input.tier(),
                input.seriousness(), input.turnoverAdjustment(), input.factors(), input.effectiveness(),
                input.financialHardship(), input.settlement(), input.undertaking());
    }

    /** Reasons and descriptions are printed in a legal notice: plain text of a sensible length. */
    private void checkTexts(String path) {
        List<FieldError> errors = new ArrayList<>();
        text("seriousness.reason", seriousness.reason(), errors);
        if (turnoverAdjustment != null) {
            text("turnoverAdjustment.reason", turnoverAdjustment.reason(), errors);
        }
        if (factors != null) {
            for (int i = 0; i < factors.size(); i++) {
                if (factors.get(i) == null) {
                    errors.add(new FieldError("factors[" + i + "]", "must not be null"));
                    continue;
                }
                text("factors[" + i + "].description", factors.get(i).description(), errors);
                text("factors[" + i + "].reason", factors.get(i).reason(), errors);
            }
        }
        text("effectiveness.reason", effectiveness.reason(), errors);
        if (financialHardship != null) {
            text("financialHardship.reason", financialHardship.reason(), errors);
        }
        if (settlement != null) {
            text("settlement.reason", settlement.reason(), errors);
        }
        if (!errors.isEmpty()) {
            List<FieldError> located = errors.stream().map(e -> new FieldError(path + e.field(), e.message())).toList();
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                    located.size() == 1 ? "Field '" + located.get(0).field() + "' " + located.get(0).message()
                            : located.size() + " fields are invalid")
                    .with("errors", located));
        }
    }

    private static void text(String field, String value, List<FieldError> errors) {
        if (value != null && (value.length() > MAX_TEXT || !SafeTextValidator.isSafe(value, true))) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters of plain text"));
        }
    }
}
