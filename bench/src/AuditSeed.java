import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.casework.audit.proof.CanonicalJson;
import org.casework.audit.proof.DetailsHash;

/**
 * Writes audit entries as a request appends them (unlinked: no seq, no hash), as CSV for
 * {@code COPY audit_entry (...) FROM STDIN}. The details are hashed with the {@code audit-proof} library's own
 * {@link DetailsHash} and {@link CanonicalJson} (run with audit-proof/target/classes on the class path), so the
 * entries are exactly what the checked-out code accepts; the service's sequencer then links them into the chain
 * and the Merkle tree, which is what the harness times.
 *
 * <p><b>Adapt here when the audit format changes.</b> Arguments: how many entries, and their occurred_at (the
 * seeding time, so the sequencer's lag metric measures the backlog, not an invented past).
 */
public final class AuditSeed {

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        Instant at = Instant.parse(args[1]);
        SecureRandom random = new SecureRandom();
        HexFormat hex = HexFormat.of();
        byte[] salt = new byte[DetailsHash.SALT_BYTES];
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20)) {
            for (long n = 1; n <= count; n++) {
                String resourceId = "00000000-0000-0000-0000-" + String.format("%012d", n % 1_000_000);
                String details = CanonicalJson.write(Map.of("bench", Long.toString(n), "via", "seed"));
                random.nextBytes(salt);
                String saltHex = hex.formatHex(salt);
                String detailsHash = DetailsHash.of(saltHex, details);
                // occurred_at, subject, on_behalf_of, client_id, roles, acr, action, resource_type, resource_id,
                // outcome, details, details_salt, details_hash (CSV: the JSON quoted, its quotes doubled)
                out.write(at + ",bench-caseworker,,casework-web,caseworker,2,case.read,case," + resourceId
                        + ",SUCCESS,\"" + details.replace("\"", "\"\"") + "\"," + saltHex + "," + detailsHash + "\n");
            }
        }
    }
}
