package org.casework.notices.service.fee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyBatch;
import org.casework.notices.domain.fee.FeePenaltyBatch.RowError;
import org.casework.notices.events.FeePenaltyEvents;
import org.casework.notices.repository.FeePenaltyBatchRepository;
import org.casework.notices.repository.FeePenaltyRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.digest.Sha256;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.CallerContext;
import org.casework.platform.time.LondonCalendar;

/**
 * Creates fixed penalties from one upload of unpaid charges. The batch rule: a file that cannot be read as a whole
 * (not CSV, not UTF-8, wrong header, too large, no rows or too many) creates nothing; otherwise every valid row is
 * created, in one transaction with the batch record and its one audit entry, and every bad row is reported (row,
 * column, reason) and not created. A file with no valid row creates nothing (422 with the rows' errors). Either the
 * whole batch is stored or none of it: nothing is ever half-made.
 */
@ApplicationScoped
public class FeePenaltyBatchService {

    public static final String BATCH_RESOURCE = "fee-penalty-batch";

    private final FeePenaltyRepository penalties;
    private final FeePenaltyBatchRepository batches;
    private final FixedPenalties fixed;
    private final AuditTrail audit;
    private final CallerContext caller;
    private final Clock clock;
    private final FeePenaltyEvents domainEvents;

    public FeePenaltyBatchService(FeePenaltyRepository penalties, FeePenaltyBatchRepository batches,
            FixedPenalties fixed, AuditTrail audit, CallerContext caller, Clock clock, FeePenaltyEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.penalties = penalties;
        this.batches = batches;
        this.fixed = fixed;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FeePenaltyBatch upload(String fileName, byte[] content) {
        LocalDate today = LondonCalendar.today(clock);
        FeePenaltyFile.Checked checked = FeePenaltyFile.check(content, fixed.table(), today);
        List<RowError> errors = new ArrayList<>(checked.errors());
        List<FeePenaltyFile.Candidate> valid = withoutPenalised(checked.candidates(), errors);
        errors.sort(Comparator.comparingInt(RowError::row));
        if (valid.isEmpty()) {
            throw ProblemException.unprocessable("no-valid-rows", "No valid rows", "None of the file's "
                    + checked.rowsRead() + " rows can be created; nothing was created").with("errors", errors);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String by = caller.get().subject();
        FeePenaltyBatch batch = new FeePenaltyBatch();
        batch.id = UUID.randomUUID();
        batch.fileName = fileName;
        batch.fileSha256 = Sha256.hex(content);
        batch.rowsRead = checked.rowsRead();
        batch.rowsCreated = valid.size();
        batch.rowsRejected = checked.rowsRead() - valid.size();
        batch.errors = errors;
        batch.givenOn = today;
        batch.uploadedBy = by;
        batch.uploadedAt = now;
        batches.persist(batch);
        batches.flush();
        try {
            penalties.insertAll(valid.stream().map(c -> FeePenalty.noticeOfIntent(batch.id, c.organisationId(),
                    c.organisationName(), c.reference(), c.terms(), today, now, by)).toList());
        } catch (PersistenceException e) {
            // another upload created a penalty for one of these charges since they were checked: the unique charge
            // refuses it, this transaction rolls back whole, and a retry reports those rows as already penalised
            throw ProblemException.conflict("concurrent-upload", "Concurrent upload", "Another upload created "
                    + "penalties for some of these charges at the same time; nothing was created: send the file again");
        }
        // one entry for the batch, not one per row: it commits to the file's SHA-256, and every penalty it created
        // names the batch, so each row is traceable to it; a row per entry would add thousands of leaves per upload
        audit.record("fee-penalty.batch-created", BATCH_RESOURCE, batch.id.toString(), Map.of("fileSha256",
                batch.fileSha256, "rowsRead", String.valueOf(batch.rowsRead), "rowsCreated",
                String.valueOf(batch.rowsCreated), "rowsRejected", String.valueOf(batch.rowsRejected), "givenOn",
                today.toString()));
        domainEvents.batchCreated(batch);
        return batch;
    }

    /** The candidates whose charge has no penalty yet; the others become errors. */
    private List<FeePenaltyFile.Candidate> withoutPenalised(List<FeePenaltyFile.Candidate> candidates,
            List<RowError> errors) {
        Map<String, UUID> penalised = penalties.penalisedAmong(
                candidates.stream().map(FeePenaltyFile.Candidate::organisationId).toList(),
                candidates.stream().map(c -> c.terms().chargePeriodStart()).toList());
        List<FeePenaltyFile.Candidate> valid = new ArrayList<>();
        for (FeePenaltyFile.Candidate c : candidates) {
            UUID existing = penalised.get(FeePenaltyRepository.key(c.organisationId(), c.terms().chargePeriodStart()));
            if (existing == null) {
                valid.add(c);
            } else {
                errors.add(new RowError(c.row(), "charge_period_start", "this charge already has a fixed penalty ("
                        + existing + "): a charge is penalised once"));
            }
        }
        return valid;
    }
}
