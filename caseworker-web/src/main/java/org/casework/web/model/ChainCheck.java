package org.casework.web.model;

import java.util.Optional;

/** Whether a service's audit chain verifies ({@code GET /audit/verify}), and where it breaks if not. */
public record ChainCheck(boolean valid, long entries, Optional<Long> brokenAt, Optional<String> reason) {

    public ChainCheck {
        brokenAt = Lists.orEmpty(brokenAt);
        reason = Lists.orEmpty(reason);
    }
}
