package org.casework.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a rogue database owner can do to case-service's audit log: cut its tail. As the owner role, which may
 * disable the append-only triggers of the tables it owns, every entry after tree size {@code size} goes with its
 * link and the Merkle nodes over it, and every checkpoint above that size: the log then looks as if it had
 * never grown beyond {@code size}, and its own {@code /audit/verify} cannot tell. What was cut is kept in
 * temporary tables of this owner session, so that {@link #restore} puts the log back as it was, the suite's
 * other tests needing it whole. case-service's sequencer holds in memory where the
 * log ends and would go on from there, so both end its database session before they commit ({@code endSequencer}):
 * while the tables are locked, so it writes nothing in between, and it reads the log back from the tables when it
 * leads again.
 */
final class TamperedTail {

    /** Something done while the audit tables are locked, before the change is committed. */
    @FunctionalInterface
    interface BeforeCommit {
        void run() throws SQLException;
    }

    private static final List<String> TABLES = List.of("audit_entry", "audit_link", "audit_merkle_node", "audit_checkpoint");

    private final Connection owner;
    private final long size;
    /** Node (level, idx) covers leaves [idx·2^level, (idx+1)·2^level): those reaching beyond the cut. */
    private final String beyond;

    private TamperedTail(Connection owner, long size) {
        this.owner = owner;
        this.size = size;
        this.beyond = "(idx + 1) * power(2::numeric, level) > " + size;
    }

    /** Cuts the log back to {@code size} entries; keeps what it cut on {@code owner}'s session. */
    static TamperedTail cut(Connection owner, long size, BeforeCommit endSequencer) throws SQLException {
        TamperedTail tail = new TamperedTail(owner, size);
        tail.withoutTriggers(endSequencer,
                "create temporary table cut_link as select * from audit_link where seq > " + size,
                "create temporary table cut_entry as select * from audit_entry where id in (select entry_id from cut_link)",
                "create temporary table cut_node as select * from audit_merkle_node where " + tail.beyond,
                // the checkpoint at the cut itself, if there is one, stays; restore() puts it back as it was
                "create temporary table cut_checkpoint as select * from audit_checkpoint where tree_size >= " + size,
                "delete from audit_link where seq > " + size,
                "delete from audit_entry where id in (select entry_id from cut_link)",
                "delete from audit_merkle_node where " + tail.beyond,
                "delete from audit_checkpoint where tree_size > " + size);
        return tail;
    }

    /**
     * Puts the cut tail back in its place. Whatever case-service linked after the cut (its links, nodes and
     * checkpoints: another history) goes; the entries it linked there stay, unlinked, so its sequencer links them
     * again after the restored tail when it next leads.
     */
    void restore(BeforeCommit endSequencer) throws SQLException {
        withoutTriggers(endSequencer,
                "delete from audit_link where seq > " + size,
                "delete from audit_merkle_node where " + beyond,
                "delete from audit_checkpoint where tree_size >= " + size,
                "insert into audit_entry overriding system value select * from cut_entry",
                "insert into audit_link select * from cut_link",
                "insert into audit_merkle_node select * from cut_node",
                "insert into audit_checkpoint select * from cut_checkpoint",
                "drop table cut_link, cut_entry, cut_node, cut_checkpoint");
    }

    /**
     * One transaction: the triggers are off only inside it, so a failure leaves them on and nothing changed; the
     * tables stay locked (ALTER TABLE) until it commits.
     */
    private void withoutTriggers(BeforeCommit beforeCommit, String... statements) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement s = owner.createStatement()) {
            for (String table : TABLES) {
                s.execute("alter table " + table + " disable trigger user");
            }
            for (String statement : statements) {
                s.execute(statement);
            }
            for (String table : TABLES) {
                s.execute("alter table " + table + " enable trigger user");
            }
            beforeCommit.run();
            owner.commit();
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(true);
        }
    }
}
