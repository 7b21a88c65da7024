package org.casework.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /audit/verify}: either the chain is whole ({@code valid}, {@code entries}),
 * or it names the first sequence number at which it breaks and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long entries, Long brokenAt, String reason, String lastHash) {

    public static ChainVerification whole(long entries, String lastHash) {
        return new ChainVerification(true, entries, null, null, lastHash);
    }

    public static ChainVerification broken(long checked, long brokenAt, String reason) {
        return new ChainVerification(false, checked, brokenAt, reason, null);
    }
}
