package org.casework.platform.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.casework.audit.proof.CanonicalJson;

/**
 * The content of one audit entry: what the hash covers. Pure data, so the chain's rules can be
 * tested without a database.
 */
public record AuditRecord(long seq, Instant occurredAt, String subject, String onBehalfOf, String clientId,
        String roles, String acr, String action, String resourceType, String resourceId, String outcome,
        Map<String, String> details) {

    /** The longest text a detail may hold: the longest text any service accepts (a summary) with room to spare. */
    public static final int MAX_DETAIL_LENGTH = 20_000;

    public AuditRecord {
        // The audit API states this bound to its readers, so an entry that would break it is never written.
        if (details != null && details.values().stream().anyMatch(v -> v != null && v.length() > MAX_DETAIL_LENGTH)) {
            throw new IllegalArgumentException("An audit detail is longer than " + MAX_DETAIL_LENGTH + " characters");
        }
        // absent values are left out rather than stored as null, so the canonical form has one spelling
        details = details == null ? Map.of()
                : details.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The canonical form hashed into the chain; field names and order are part of the format. */
    public String canonicalForm() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", seq);
        fields.put("occurredAt", occurredAt.toString());
        fields.put("subject", subject);
        fields.put("onBehalfOf", onBehalfOf);
        fields.put("clientId", clientId);
        fields.put("roles", roles);
        fields.put("acr", acr);
        fields.put("action", action);
        fields.put("resourceType", resourceType);
        fields.put("resourceId", resourceId);
        fields.put("outcome", outcome);
        fields.put("details", new LinkedHashMap<String, Object>(details));
        return CanonicalJson.write(fields);
    }
}
