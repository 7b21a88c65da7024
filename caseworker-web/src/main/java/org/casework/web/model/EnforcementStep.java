package org.casework.web.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A step of an issued enforcement notice ({@code GET /notices/{id}/steps}): what it requires, by when, the finding
 * on it, whether it is missed, and what the organisation reported with its evidence.
 */
public record EnforcementStep(String id, int position, String text, LocalDate complianceDate, String status,
        boolean missed, Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> note,
        List<Progress> progress) {

    public EnforcementStep {
        decidedBy = Lists.orEmpty(decidedBy);
        decidedAt = Lists.orEmpty(decidedAt);
        note = Lists.orEmpty(note);
        progress = Lists.orEmpty(progress);
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    /**
     * The fields of this step's form while it is not the one being corrected: named per step, so several forms on
     * one page have distinct ids; the one sent back with an error uses {@code step-status} and {@code step-note}.
     */
    public String statusField() {
        return "status-" + id;
    }

    public String noteField() {
        return "note-" + id;
    }

    /** The status as the page says it: a pending step past its date reads as missed. */
    public String statusWords() {
        return missed ? "Missed" : switch (status) {
            case "COMPLIED" -> "Complied with";
            case "NOT_COMPLIED" -> "Not complied with";
            default -> "Pending";
        };
    }

    /** The GOV.UK tag colour for the status. */
    public String tagClass() {
        return missed ? "govuk-tag--red" : switch (status) {
            case "COMPLIED" -> "govuk-tag--green";
            case "NOT_COMPLIED" -> "govuk-tag--red";
            default -> "govuk-tag--blue";
        };
    }

    public record Progress(String id, String text, Optional<String> reportedBy, Instant reportedAt,
            List<Evidence> evidence) {

        public Progress {
            reportedBy = Lists.orEmpty(reportedBy);
            evidence = Lists.orEmpty(evidence);
        }
    }

    public record Evidence(String id, String fileName, String contentType, long size, String sha256) {
    }
}
