package org.casework.notices.service.fee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyBatch;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.casework.notices.repository.FeePenaltyBatchRepository;
import org.casework.notices.repository.FeePenaltyRepository;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;

/**
 * Reading fixed penalties and their batches. Not audited reads: they hold an organisation's name and what it owes,
 * no case detail (DESIGN §4 audits reads of case detail); every change to them is audited.
 */
@ApplicationScoped
public class FeePenaltyQueries {

    private final FeePenaltyRepository penalties;
    private final FeePenaltyBatchRepository batches;

    public FeePenaltyQueries(FeePenaltyRepository penalties, FeePenaltyBatchRepository batches) {
        this.penalties = penalties;
        this.batches = batches;
    }

    @Transactional
    public FeePenaltyBatch batch(UUID id) {
        return batches.require(id);
    }

    @Transactional
    public FeePenalty penalty(UUID id) {
        return penalties.require(id);
    }

    @Transactional
    public Page<FeePenalty> list(FeePenaltyStatus status, UUID batchId, String after, int limit) {
        Cursor.After<LocalDate> from = Cursor.readAfter(after, LocalDate::parse);
        List<FeePenalty> page = penalties.page(status, batchId, from == null ? null : from.key(),
                from == null ? null : from.id(), limit);
        String next = null;
        if (page.size() == limit) {
            FeePenalty last = page.get(page.size() - 1);
            next = Cursor.after(last.noticeOfIntentGivenOn, last.id);
        }
        return new Page<>(page, next);
    }
}
