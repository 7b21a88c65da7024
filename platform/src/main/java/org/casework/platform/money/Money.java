package org.casework.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exact amount of money: a decimal string in JSON ({@code {"amount":"3076320.00","currency":"GBP"}}),
 * a {@link BigDecimal} of scale 2 in Java. Only pounds sterling are accepted: every statutory figure
 * the suite works with is in pounds.
 */
@Schema(description = "An exact amount of money", example = "{\"amount\":\"3076320.00\",\"currency\":\"GBP\"}")
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "3076320.00",
                description = "Decimal amount with at most two decimal places", maxLength = 18)
        BigDecimal amount,
        @NotNull @Pattern(regexp = "GBP", message = "must be GBP") @Schema(example = "GBP", enumeration = GBP)
        String currency) {

    public static final String GBP = "GBP";

    public Money {
        // "1E+3" is a valid decimal but would print in scientific notation: give it two decimals.
        // Only plausible magnitudes are rescaled; absurd ones are left for validation to refuse.
        if (amount != null && amount.scale() < 2 && amount.precision() - amount.scale() <= 17) {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public static Money gbp(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), GBP);
    }

    public static Money gbp(String amount) {
        return gbp(new BigDecimal(amount));
    }

    /** The amount at scale 2; valid Money never needs rounding here. */
    public BigDecimal pounds() {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
