package org.casework.notices.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.ProgressReport;
import org.casework.notices.domain.enforcement.VariationApplication;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;

/**
 * What follows an issued enforcement notice (DPA 2018 s.149-153): the regulator's decision on whether a step was
 * complied with, the organisation's progress report on a step, its application to vary or cancel the notice (s.153)
 * and the decision on it. Aggregate {@code notice}, so they keep the notice's order. Never a step's text, a note, a
 * report's text or its files (their count only), the application's grounds or the decision's reasons.
 */
@ApplicationScoped
public class EnforcementEvents {

    public static final String STEP_DECIDED = "uk.gov.casework.enforcement.step-decided.v1";
    public static final String PROGRESS_REPORTED = "uk.gov.casework.enforcement.progress-reported.v1";
    public static final String VARIATION_APPLIED = "uk.gov.casework.enforcement.variation-applied.v1";
    public static final String VARIATION_DECIDED = "uk.gov.casework.enforcement.variation-decided.v1";

    public record StepDecided(UUID noticeId, String reference, UUID stepId, int position, String status,
            Instant decidedAt) {
    }

    public record ProgressReported(UUID noticeId, String reference, String organisationId, UUID stepId,
            UUID progressId, int files, Instant reportedAt) {
    }

    /** {@code kind}: VARY or CANCEL; {@code steps}: how many steps it names. */
    public record VariationApplied(UUID noticeId, String reference, String organisationId, UUID applicationId,
            String kind, int steps, LocalDate appliedOn) {
    }

    /** A compliance date a varied notice moved. */
    public record DateChange(UUID stepId, int position, LocalDate before, LocalDate after) {
    }

    /** {@code outcome}: VARIED, CANCELLED or REFUSED; {@code dateChanges} empty unless VARIED. */
    public record VariationDecided(UUID noticeId, String reference, UUID applicationId, String outcome,
            List<DateChange> dateChanges, Instant decidedAt) {
    }

    private final Outbox outbox;

    public EnforcementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void stepDecided(Notice n, EnforcementStep s) {
        record(n, STEP_DECIDED, new StepDecided(n.id, n.reference, s.id, s.position, s.status.name(), s.decidedAt));
    }

    public void progressReported(Notice n, ProgressReport p, int files) {
        record(n, PROGRESS_REPORTED, new ProgressReported(n.id, n.reference, n.organisationId, p.stepId, p.id, files,
                p.reportedAt));
    }

    public void variationApplied(Notice n, VariationApplication a) {
        record(n, VARIATION_APPLIED, new VariationApplied(n.id, n.reference, a.organisationId, a.id, a.kind.name(),
                a.steps.size(), a.appliedOn));
    }

    public void variationDecided(Notice n, VariationApplication a) {
        List<DateChange> changes = a.changes == null ? List.of() : a.changes.stream()
                .map(c -> new DateChange(c.stepId(), c.position(), c.before(), c.after())).toList();
        record(n, VARIATION_DECIDED, new VariationDecided(n.id, n.reference, a.id, a.status.name(), changes,
                a.decidedAt));
    }

    private void record(Notice n, String type, Object data) {
        outbox.record(new DomainEvent(NoticeEvents.AGGREGATE, n.id.toString(), type, data));
    }
}
