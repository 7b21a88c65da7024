package org.casework.notices.domain.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casework.notices.domain.Lengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One upload of unpaid charges: who sent which file (its SHA-256), the day its notices of intent were given, how
 * many rows were read, created and rejected, and each rejected row's reasons. Never changed once written.
 */
@Entity
@Table(name = "fee_penalty_batch")
public class FeePenaltyBatch {

    /** One rejected row: its number in the file (the header is row 1), the column and why. */
    public record RowError(@Schema(minimum = "1", maximum = "" + (FeePenaltyBatch.MAX_ROWS + 1)) int row,
            @Schema(enumeration = { "*", "organisation_id", "organisation_name", "reference", "tier",
            "charge_period_start",
                    "aggravated_amount", "aggravation_reason" }) String column,
            @Schema(maxLength = Lengths.WRITTEN) String reason) {
    }

    /** Rows a file holds (FeePenaltyFile refuses more). */
    public static final int MAX_ROWS = 5_000;
    /** Columns a row has: each is refused at most once, or the row once as a whole ("*"). */
    public static final int COLUMNS = 7;

    @Id
    public UUID id;
    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;
    @Column(name = "file_sha256", nullable = false, updatable = false)
    public String fileSha256;
    @Column(name = "rows_read", nullable = false, updatable = false)
    public int rowsRead;
    @Column(name = "rows_created", nullable = false, updatable = false)
    public int rowsCreated;
    @Column(name = "rows_rejected", nullable = false, updatable = false)
    public int rowsRejected;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<RowError> errors;
    @Column(name = "given_on", nullable = false, updatable = false)
    public LocalDate givenOn;
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;
}
