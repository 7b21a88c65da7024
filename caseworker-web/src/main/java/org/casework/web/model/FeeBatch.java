package org.casework.web.model;

import java.time.LocalDate;
import java.util.List;

/** One upload of unpaid data-protection fees as notice-service answers it ({@code /fee-penalties/batches/{id}}). */
public record FeeBatch(String id, String fileName, String fileSha256, long rowsRead, long rowsCreated, long rowsRejected,
        List<RowError> errors, LocalDate givenOn, String uploadedBy, String uploadedAt) {

    /** A row not created: its line in the file (the header is 1), the column ('*' for the whole row) and why. */
    public record RowError(int row, String column, String reason) {
    }

    public FeeBatch {
        errors = Lists.orEmpty(errors);
    }
}
