package org.casework.notices.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.penalty.Factor;
import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PecrInfringement;
import org.casework.notices.domain.penalty.PecrRules;
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
@Schema(description = "The caseworker's choices for each step of the fine calculation, each with its reason", example = """
        {"worldwideTurnover": {"amount": "120000000.00", "currency": "GBP"}, "tier": "HIGHER",
         "seriousness": {"band": "MEDIUM", "percent": 15, "reason": "Special category data of 15,000 patients."},
         "factors": [{"kind": "MITIGATING", "description": "Prompt notification", "percent": -5,
                      "reason": "The breach was reported within 24 hours."}],
         "effectiveness": {"reason": "No adjustment is needed for the penalty to be effective."}}""")
public record CalculationRequest(
        @Schema(description = "Worldwide annual turnover of the undertaking's preceding financial year; omit only "
                + "for a person that is not an undertaking (undertaking: false)")
        @Valid Money worldwideTurnover,
        @Schema(description = "The maximum of DPA 2018 s.157 (regime DPA_UK_GDPR, required); omit under PECR, whose "
                + "maximum follows from the infringement dates")
        MaximumTier tier,
        @NotNull SeriousnessChoice seriousness,
        @Schema(description = "Omit when the maximum is set by turnover or the person is not an undertaking (no "
                + "adjustment then applies). Where an adjustment applies it is discretionary: a reason without a "
                + "percent records that no adjustment was made")
        PercentChoice turnoverAdjustment,
        @Size(max = MAX_FACTORS) List<Factor> factors,
        @NotNull PercentChoice effectiveness,
        PercentChoice financialHardship,
        PercentChoice settlement,
        @Schema(description = "false for a person that is not an undertaking: it has no turnover, so the fixed "
                + "maximum applies (DPA 2018 s.157); default true")
        Boolean undertaking,
        @Schema(description = "The law the penalty is given under; default DPA_UK_GDPR. PECR (PECR reg 31 and Sch 1) "
                + "needs pecr: its maximum depends on the days of the infringement")
        LegalRegime regime,
        @Schema(description = "PECR only: the infringement period and the regulations contravened")
        @Valid PecrRequest pecr) {

    /** A PECR contravention as the request gives it; checked by the calculator (PECR reg 31, Sch 1). */
    public record PecrRequest(
            @Schema(description = "The first day of the infringement (London)") LocalDate infringedFrom,
            @Schema(description = "The last day of the infringement, the same day for a one-day infringement")
            LocalDate infringedTo,
            @Schema(description = "The regulations of PECR contravened, e.g. [\"21\", \"22\"]")
            @Size(max = PecrRules.MAX_REGULATIONS) List<@Size(max = PecrInfringement.REGULATION) String> regulations) {

        PecrInfringement toInfringement() {
            return new PecrInfringement(infringedFrom, infringedTo, regulations);
        }

        static PecrRequest of(PecrInfringement p) {
            return p == null ? null : new PecrRequest(p.infringedFrom(), p.infringedTo(), p.regulations());
        }
    }

    /** A reason or a factor's description: printed in the notice, as long as a short text. */
    static final int MAX_TEXT = Lengths.SHORT_TEXT;
    /** Aggravating and mitigating factors a calculation weighs. */
    static final int MAX_FACTORS = 30;

    /** The calculator's input; {@code path} is where this request sits in the body, for error field names. */
    public PenaltyInput toInput(String path) {
        checkTexts(path);
        return new PenaltyInput(worldwideTurnover == null ? null : worldwideTurnover.amount(), tier, seriousness,
                turnoverAdjustment, factors == null ? List.of() : List.copyOf(factors), effectiveness,
                financialHardship,
                settlement, undertaking, regime, pecr == null ? null : pecr.toInfringement());
    }

    public static CalculationRequest of(PenaltyInput input) {
        return input == null ? null : new CalculationRequest(
                input.worldwideTurnover() == null ? null : Money.gbp(input.worldwideTurnover()), input.tier(),
                input.seriousness(), input.turnoverAdjustment(), input.factors(), input.effectiveness(),
                input.financialHardship(), input.settlement(), input.undertaking(), input.regime(),
                PecrRequest.of(input.pecr()));
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
