package org.casework.web.model;

import java.time.LocalDate;
import java.util.Optional;

/** An organisation's request for more time to make representations, and the decision on it. */
public record ExtensionRequest(String id, String noticeId, LocalDate requestedUntil, String reason, String status,
        Optional<LocalDate> grantedUntil, Optional<String> decisionReason) {

    public ExtensionRequest {
        grantedUntil = Lists.orEmpty(grantedUntil);
        decisionReason = Lists.orEmpty(decisionReason);
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }
}
