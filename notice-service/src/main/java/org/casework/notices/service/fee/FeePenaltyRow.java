package org.casework.notices.service.fee;

import static org.casework.notices.service.fee.FeePenaltyFile.COLUMNS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.casework.notices.domain.fee.ChargeTier;
import org.casework.notices.domain.fee.FeePenaltyBatch.RowError;
import org.casework.notices.domain.fee.FeePenaltyRuleException;
import org.casework.notices.domain.fee.FeePenaltyTerms;
import org.casework.notices.domain.fee.FixedPenaltyTable;
import org.casework.notices.service.fee.FeePenaltyFile.Candidate;
import org.casework.platform.validation.SafeTextValidator;

/**
 * One row of an upload checked on its own: every column's form (each wrong one is an error of its own), then the
 * domain's rules for the penalty it asks for ({@link FeePenaltyTerms}), reported against the column they concern.
 */
final class FeePenaltyRow {

    private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,7}(\\.[0-9]{1,2})?");

    private FeePenaltyRow() {
    }

    /** The row as a candidate, or null with its errors added to {@code errors}. */
    static Candidate check(CsvRecords.Row r, FixedPenaltyTable table, LocalDate givenOn, List<RowError> errors) {
        List<String> f = r.fields();
        if (f.size() != COLUMNS.size()) {
            errors.add(new RowError(r.line(), "*", "has " + f.size() + " columns; the header has " + COLUMNS.size()));
            return null;
        }
        int line = r.line();
        String organisationId = matching(line, 0, f, ORGANISATION_ID, "1 to 100 letters, digits, '.', '_' or '-'", errors);
        String name = text(line, 1, f, 200, true, errors);
        String reference = matching(line, 2, f, REFERENCE, "1 to 40 letters, digits, '/' or '-'", errors);
        String tierText = f.get(3).strip();
        ChargeTier tier = switch (tierText) {
            case "1" -> ChargeTier.TIER_1;
            case "2" -> ChargeTier.TIER_2;
            case "3" -> ChargeTier.TIER_3;
            default -> {
                errors.add(new RowError(line, COLUMNS.get(3), "must be 1, 2 or 3 (Charges Regulations 2018 reg 3(1)); '"
                        + shortened(tierText) + "' was given"));
                yield null;
            }
        };
        LocalDate start = date(line, f.get(4).strip(), errors);
        BigDecimal aggravated = null;
        String amountText = f.get(5).strip();
        if (!amountText.isEmpty()) {
            if (AMOUNT.matcher(amountText).matches()) {
                aggravated = new BigDecimal(amountText);
            } else {
                errors.add(new RowError(line, COLUMNS.get(5), "must be an amount in pounds such as 4350.00, or empty"));
            }
        }
        String reason = text(line, 6, f, 2000, false, errors);
        if (!errors.isEmpty() || tier == null || start == null) {
            return null;
        }
        try {
            FeePenaltyTerms terms = FeePenaltyTerms.of(table, tier, start, givenOn, aggravated,
                    reason == null || reason.isEmpty() ? null : reason);
            return new Candidate(line, organisationId, name, reference, terms);
        } catch (FeePenaltyRuleException e) {
            errors.add(new RowError(line, column(e.field()), e.getMessage() + " (" + e.rule() + ")"));
            return null;
        }
    }

    private static String matching(int line, int column, List<String> f, Pattern pattern, String rule,
            List<RowError> errors) {
        String value = f.get(column).strip();
        if (!pattern.matcher(value).matches()) {
            errors.add(new RowError(line, COLUMNS.get(column), value.isEmpty() ? "is required" : "must be " + rule));
        }
        return value;
    }

    private static String text(int line, int column, List<String> f, int max, boolean required, List<RowError> errors) {
        String value = f.get(column).strip();
        if (required && value.isEmpty()) {
            errors.add(new RowError(line, COLUMNS.get(column), "is required"));
        } else if (value.length() > max || !SafeTextValidator.isSafe(value, false)) {
            errors.add(new RowError(line, COLUMNS.get(column), "must be at most " + max
                    + " characters on one line, without control characters"));
        }
        return value;
    }

    private static LocalDate date(int line, String value, List<RowError> errors) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, COLUMNS.get(4), "must be the first day of the charge period as YYYY-MM-DD; '"
                    + shortened(value) + "' was given"));
            return null;
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "tier" -> "tier";
            case "aggravatedAmount" -> "aggravated_amount";
            case "aggravationReason" -> "aggravation_reason";
            default -> "charge_period_start";
        };
    }

    private static String shortened(String value) {
        String safe = value.replaceAll("\\p{Cntrl}", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}
