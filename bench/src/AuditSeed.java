import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.casework.platform.audit.AuditRecord;
import org.casework.platform.audit.HashChain;

/**
 * Writes audit entries that continue an existing chain, as CSV for {@code COPY audit_event FROM STDIN}.
 * It hashes with the platform's own classes (run with platform/target/classes on the class path), so the
 * entries are exactly what the checked-out code accepts as a valid chain.
 *
 * <p><b>Adapt here when the audit format changes</b> (issue 12: sequencer, details hash, Merkle tree):
 * this is the only place of the harness that knows how an entry is linked. Arguments: the last seq and
 * last hash of the chain, how many entries to add. The caller moves {@code audit_chain_head} afterwards.
 */
public final class AuditSeed {

    public static void main(String[] args) throws Exception {
        long seq = Long.parseLong(args[0]);
        String previous = args[1];
        long count = Long.parseLong(args[2]);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 20)) {
            for (long i = 0; i < count; i++) {
                seq++;
                Instant at = start.plus(seq * 1000, ChronoUnit.MICROS);
                String resourceId = "00000000-0000-0000-0000-" + String.format("%012d", seq % 1_000_000);
                AuditRecord record = new AuditRecord(seq, at, "bench-caseworker", null, "casework-web", "caseworker",
                        "2", "case.read", "case", resourceId, "SUCCESS", Map.of());
                String hash = HashChain.link(previous, record);
                // seq, occurred_at, subject, on_behalf_of, client_id, roles, acr, action, resource_type,
                // resource_id, outcome, details, prev_hash, hash
                out.write(seq + "," + at + ",bench-caseworker,,casework-web,caseworker,2,case.read,case," + resourceId
                        + ",SUCCESS,{}," + previous + "," + hash + "\n");
                previous = hash;
            }
        }
        System.err.println(seq + " " + previous);
    }
}
