package org.casework.notices.domain.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
    public record RowError(int row, String column, String reason) {
    }

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
