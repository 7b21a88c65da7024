package org.casework.web.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An appeal to the First-tier Tribunal against a notice ({@code GET /appeals/{id}}), its outcome and any onward appeal. */
public record Appeal(String id, String noticeId, Optional<String> noticeReference, Optional<String> organisationName,
        LocalDate lodgedOn, Optional<LocalDate> appealDueOn, Optional<LocalDate> workingDayDueOn, boolean lateAppealAdmitted,
        String tribunalReference, String grounds, List<Document> documents, String status, Optional<Outcome> outcome,
        Optional<Onward> onwardAppeal, boolean settlementLost) {

    public Appeal {
        noticeReference = Lists.orEmpty(noticeReference);
        organisationName = Lists.orEmpty(organisationName);
        appealDueOn = Lists.orEmpty(appealDueOn);
        workingDayDueOn = Lists.orEmpty(workingDayDueOn);
        documents = Lists.orEmpty(documents);
        outcome = Lists.orEmpty(outcome);
        onwardAppeal = Lists.orEmpty(onwardAppeal);
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    /** An onward appeal noted and not yet decided. */
    public boolean onwardPending() {
        return onwardAppeal.isPresent() && onwardAppeal.get().decidedOn().isEmpty();
    }

    public record Document(String id, String fileName, String contentType, long size, String sha256) {
    }

    public record Outcome(String outcome, LocalDate decidedOn, Optional<String> note, Optional<Money> amount,
            Optional<Integer> paymentDays) {

        public Outcome {
            note = Lists.orEmpty(note);
            amount = Lists.orEmpty(amount);
            paymentDays = Lists.orEmpty(paymentDays);
        }
    }

    public record Onward(LocalDate lodgedOn, String court, String reference, Optional<String> note,
            Optional<LocalDate> decidedOn, Optional<String> outcomeNote) {

        public Onward {
            note = Lists.orEmpty(note);
            decidedOn = Lists.orEmpty(decidedOn);
            outcomeNote = Lists.orEmpty(outcomeNote);
        }
    }
}
