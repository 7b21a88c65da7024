package org.casework.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a notice's way to the mailbox stopped, for a failure message: a CI run keeps the failure's text but not the
 * suite's logs. Each stage in order: notice-service's outbox rows for the notice (published or not), its relays'
 * connections and which holds the lease, whether notification-service marked each event processed, the messages it
 * queued (status, attempts, last error), what the mail server received, and notification-service's last warnings and
 * errors.
 */
final class MailDiagnosis {

    private MailDiagnosis() {
    }

    static String of(Suite suite, String reference) {
        StringBuilder out = new StringBuilder("where the emails of " + reference + " stopped:");
        try {
            String noticeId = single(suite, "notices", "select id::text from notice where reference = ?", reference);
            out.append("\n notice id: ").append(noticeId);
            if (noticeId == null) {
                return out.toString();
            }
            List<String> events = rows(suite, "notices", "select event_id::text, type, occurred_at, published_at "
                    + "from outbox_event where aggregate_id = ? order by id", noticeId);
            out.append("\n notice-service outbox: ").append(events);
            out.append("\n notice-service relays connected (the leader holds the lease): ").append(rows(suite, "notices",
                    "select a.application_name, a.state, a.backend_start, l.granted from pg_stat_activity a "
                            + "left join pg_locks l on l.pid = a.pid and l.locktype = 'advisory' "
                            + "where a.application_name like ?", "outbox-relay%"));
            for (String row : events) {
                String eventId = row.substring(1, row.indexOf(','));
                out.append("\n  processed by notification-service ").append(eventId).append(": ").append(rows(suite,
                        "notifications", "select processed_at from processed_event where event_id = ?::uuid", eventId));
            }
            out.append("\n notification-service queued: ").append(rows(suite, "notifications",
                    "select template, recipient, status, attempts, next_attempt_at, last_error, created_at, sent_at "
                            + "from notification where notice_id = ?::uuid order by created_at",
                    noticeId));
            out.append("\n mail server received for it: ").append(NoticeMail.countByRecipient(suite, reference));
            out.append("\n notification-service log (last warnings and errors): ")
                    .append(lastProblems(suite.events.notifications.log()));
        } catch (Exception e) {
            out.append("\n (diagnosis incomplete: ").append(e).append(")");
        }
        return out.toString();
    }

    private static String single(Suite suite, String database, String sql, String parameter) throws Exception {
        List<String> found = rows(suite, database, sql, parameter);
        return found.isEmpty() ? null : found.get(0).substring(1, found.get(0).length() - 1);
    }

    private static List<String> rows(Suite suite, String database, String sql, String parameter) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = suite.database(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.add(String.valueOf(rs.getString(i)));
                    }
                    rows.add("(" + String.join(", ", values) + ")");
                }
            }
        }
        return rows;
    }

    private static List<String> lastProblems(Path log) throws Exception {
        List<String> problems = Files.readAllLines(log).stream()
                .filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).map(l -> l.length() > 300 ? l.substring(0, 300) : l)
                .toList();
        return problems.subList(Math.max(0, problems.size() - 15), problems.size());
    }
}
