package org.casework.notices.service.fee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casework.notices.domain.fee.FeePenaltyBatch;
import org.casework.notices.domain.fee.FeePenaltyBatch.RowError;
import org.casework.notices.domain.fee.FeePenaltyTerms;
import org.casework.notices.domain.fee.FixedPenaltyTable;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

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
    public static final int MAX_ROWS = FeePenaltyBatch.MAX_ROWS;

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
            Candidate c = FeePenaltyRow.check(r, table, givenOn, rowErrors);
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
}
