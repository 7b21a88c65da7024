package org.casework.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.casework.audit.proof.AuditLeaf;
import org.casework.audit.proof.DetailsHash;

/**
 * An audit entry as stored in {@code audit_entry}: what the request wrote. {@code detailsJson} and
 * {@code detailsSalt} are null once erased; {@code detailsHash} stays.
 */
public record StoredEntry(long id, Instant occurredAt, String subject, String onBehalfOf, String clientId,
        String roles, String acr, String action, String resourceType, String resourceId, String outcome,
        String detailsJson, String detailsSalt, String detailsHash) {

    /** The columns {@link #read} expects, for a query on {@code audit_entry e}. */
    public static final String COLUMNS = "e.id, e.occurred_at, e.subject, e.on_behalf_of, e.client_id, e.roles, "
            + "e.acr, e.action, e.resource_type, e.resource_id, e.outcome, e.details::text, e.details_salt, "
            + "e.details_hash";

    /** Reads the {@link #COLUMNS} starting at column {@code from}. */
    public static StoredEntry read(ResultSet rs, int from) throws SQLException {
        int c = from;
        return new StoredEntry(rs.getLong(c), rs.getObject(c + 1, OffsetDateTime.class).toInstant(),
                rs.getString(c + 2), rs.getString(c + 3), rs.getString(c + 4), rs.getString(c + 5),
                rs.getString(c + 6), rs.getString(c + 7), rs.getString(c + 8), rs.getString(c + 9),
                rs.getString(c + 10), rs.getString(c + 11), rs.getString(c + 12), rs.getString(c + 13));
    }

    /** What the chain commits to at {@code seq}. */
    public AuditLeaf leaf(long seq) {
        return new AuditLeaf(seq, occurredAt, subject, onBehalfOf, clientId, roles, acr, action, resourceType,
                resourceId, outcome, detailsHash);
    }

    /**
     * Whether the stored details still match the hash the leaf commits to. Erased details (null) match: the
     * hash is all that is left of them.
     */
    public boolean detailsMatch() {
        if (detailsJson == null && detailsSalt == null) {
            return true;
        }
        if (detailsJson == null || detailsSalt == null) {
            return false;
        }
        try {
            return DetailsHash.of(detailsSalt, CanonicalDetails.of(detailsJson)).equals(detailsHash);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false; // a salt or details AuditTrail would never have written
        }
    }
}
