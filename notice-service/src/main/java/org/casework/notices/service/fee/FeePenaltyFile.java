package org.casework.notices.service.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.casework.notices.domain.fee.ChargeTier;
import org.casework.notices.domain.fee.FeePenaltyBatch.RowError;
import org.casework.notices.domain.fee.FeePenaltyRuleException;
import org.casework.notices.domain.fee.FeePenaltyTerms;
import org.casework.notices.domain.fee.FixedPenaltyTable;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.validation.SafeTextValidator;

/**
 * An uploaded file of unpaid charges, checked row by row. The file as a whole must be CSV in UTF-8 with exactly
 * {@link #HEADER} as its first line, at most {@link #MAX_BYTES} bytes and {@link #MAX_ROWS} rows: otherwise nothing
 * is read (a 4xx problem). Each row is then checked on its own; a bad row gives a {@link RowError} per column wrong
 * and is left out, the others are kept (the batch rule is in the upload service).
 */
public final class FeePenaltyFile {

    public static final String HEADER =
            "organisation_id,organisation_name,reference,tier,charge_period_start,aggravated_amount,aggravation_reason";
    public static final List<String> COLUMNS = List.of(HEADER.split(","));
    public static final int MAX_BYTES = 768 * 1024;
    public static final int MAX_ROWS = 5_000;

    private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,7}(\\.[0-9]{1,2})?");

    /** A row that passed its checks: where it was, and what it asks for. */
    public record Candidate(int row, String organisationId, String organisationName, String reference,
            FeePenaltyTerms terms) {
    }

    public record Checked(int rowsRead, List<Candidate> candidates, List<RowError> errors) {
    }

    private FeePenaltyFile() {
    }

    public static void requireSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw new ProblemException(new Problem("file-too-large", "File too large", 413, "The file is " + bytes
                    + " bytes; at most " + MAX_BYTES + " are accepted (about " + MAX_ROWS + " rows): split it"))
                    .with("maxBytes", MAX_BYTES);
        }
    }

    /** Reads and checks every row, for notices of intent given on {@code givenOn}. */
    public static Checked check(byte[] bytes, FixedPenaltyTable table, LocalDate givenOn) {
        requireSize(bytes.length);
        List<CsvRecords.Row> records = CsvRecords.read(bytes);
        if (records.isEmpty() || !String.join(",", records.get(0).fields()).strip().equals(HEADER)) {
            throw ProblemException.unprocessable("csv-header", "Wrong header row", "The first line must be exactly: "
                    + HEADER).with("expectedHeader", HEADER);
        }
        List<CsvRecords.Row> rows = records.subList(1, records.size());
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw ProblemException.unprocessable("csv-row-count", "Wrong number of rows", "A file holds 1 to "
                    + MAX_ROWS + " rows under its header; this one holds " + rows.size()).with("maxRows", MAX_ROWS);
        }
        List<Candidate> candidates = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Row r : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            Candidate c = candidate(r, table, givenOn, rowErrors);
            if (c != null) {
                Integer first = seen.putIfAbsent(c.organisationId() + "|" + c.terms().chargePeriodStart(), r.line());
                if (first != null) {
                    rowErrors.add(new RowError(r.line(), "charge_period_start", "the same charge (organisation and "
                            + "charge period) is on row " + first + ": a charge is penalised once"));
                } else {
                    candidates.add(c);
                }
            }
            errors.addAll(rowErrors);
        }
        return new Checked(rows.size(), candidates, errors);
    }

    private static Candidate candidate(CsvRecords.Row r, FixedPenaltyTable table, LocalDate givenOn,
            List<RowError> errors) {
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
