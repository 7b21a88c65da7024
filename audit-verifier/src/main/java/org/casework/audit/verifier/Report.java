package org.casework.audit.verifier;

import java.io.PrintStream;
import java.nio.file.Path;

import org.casework.audit.proof.Checkpoint;
import org.casework.audit.proof.ExportVerification;
import org.casework.audit.proof.ExportVerification.Failure;

/** The short human report of one verification. */
final class Report {

    private Report() {
    }

    static void print(Path export, ExportVerification result, PrintStream out) {
        out.println("Audit export " + export);
        Checkpoint checkpoint = result.checkpoint();
        if (checkpoint != null) {
            out.println("Checkpoint:  log " + checkpoint.log() + ", " + checkpoint.treeSize() + " entries, root "
                    + checkpoint.rootHash() + ", signed " + checkpoint.time() + " with key " + result.keyId());
        }
        if (result.entries() == 0) {
            out.println("Entries:     none");
        } else {
            out.println("Entries:     " + result.entries() + " (seq " + result.firstSeq() + " to " + result.lastSeq() + ")");
        }
        if (result.erasedCount() > 0) {
            out.println("Erased:      " + result.erasedCount() + " entries have their details erased (allowed: the"
                    + " chain and the tree commit to a salted hash of the details) " + sample(result));
        }
        ExportVerification.Inclusion inclusion = result.inclusion();
        if (inclusion != null) {
            out.println("Inclusion:   entry " + inclusion.seq() + " (leaf " + inclusion.leafIndex() + " of "
                    + inclusion.treeSize() + "), proof of " + inclusion.proof().size() + " hashes "
                    + (inclusion.verified() ? "verifies against the signed root" : "does NOT verify"));
            inclusion.proof().forEach(hash -> out.println("               " + hash));
        }
        if (result.valid()) {
            out.println("Checked:     details hashes, entry hashes, chain links and gap-free seq, Merkle root, signature");
            out.println("Result: VALID");
            return;
        }
        out.println("Failures (" + result.failureCount() + "):");
        for (Failure failure : result.failures()) {
            out.println("  " + failure.reason() + where(failure) + ": " + failure.message());
        }
        if (result.failureCount() > result.failures().size()) {
            out.println("  ... and " + (result.failureCount() - result.failures().size()) + " more");
        }
        out.println("Result: NOT VALID");
    }

    private static String where(Failure failure) {
        String seq = failure.seq() == null ? "" : " seq " + failure.seq();
        String line = failure.line() == 0 ? "" : " (line " + failure.line() + ")";
        return seq + line;
    }

    private static String sample(ExportVerification result) {
        int shown = Math.min(10, result.erasedSeqs().size());
        String seqs = result.erasedSeqs().subList(0, shown).toString();
        return "seq " + seqs + (result.erasedCount() > shown ? " ..." : "");
    }
}
