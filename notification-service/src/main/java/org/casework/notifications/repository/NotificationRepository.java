package org.casework.notifications.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.notifications.domain.DeliveryStatus;
import org.casework.notifications.domain.Message;
import org.casework.platform.events.Traceparent;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Cursor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every message and its delivery. Inserts are idempotent by (event id, recipient). */
@ApplicationScoped
public class NotificationRepository {

    /** A message waiting to be sent, with the attempts made so far and the trace it was queued in (or null). */
    public record Due(Message message, int attempts, String traceparent) {
    }

    /**
     * A message as staff see it listed: who, what, why, and how its delivery went (never its body); {@code traceId}
     * is the trace it was queued in (the change that led to it, for a message an event asked for), to find its spans
     * and log lines. Each text as long as its column of notification holds it.
     */
    public record Listed(UUID id, @Schema(maxLength = 200) String eventId, @Schema(maxLength = 254) String recipient,
            @Schema(maxLength = 64) String organisationId, UUID noticeId, @Schema(maxLength = 64) String template,
            @Schema(maxLength = 300) String subject, DeliveryStatus status,
            @Schema(minimum = "0", maximum = Produced.INT_MAX) int attempts, Instant createdAt,
            Instant sentAt, Instant nextAttemptAt, @Schema(maxLength = 500) String lastError,
            @Schema(pattern = "^[0-9a-f]{32}$", maxLength = 32) String traceId) {
    }

    private static final String LISTED = "select id, event_id, recipient, organisation_id, notice_id, template, subject, "
            + "status, attempts, created_at, sent_at, next_attempt_at, last_error, traceparent from notification ";

    private final EntityManager em;

    public NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the message unless one for the same event and recipient exists; answers whether it was new. The current
     * span's traceparent goes with it (as the outbox records it with an event), so the send joins that trace.
     */
    public boolean enqueue(Message m, Instant now) {
        return em.createNativeQuery("insert into notification (id, event_id, recipient, organisation_id, notice_id, "
                + "template, subject, body_text, body_html, status, attempts, next_attempt_at, created_at, traceparent) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', 0, ?10, ?10, ?11) "
                + "on conflict on constraint notification_once do nothing")
                .setParameter(1, m.id()).setParameter(2, m.eventId()).setParameter(3, m.recipient())
                .setParameter(4, m.organisationId()).setParameter(5, m.noticeId()).setParameter(6, m.template())
                .setParameter(7, m.subject()).setParameter(8, m.text()).setParameter(9, m.html())
                .setParameter(10, Timestamp.from(now)).setParameter(11, Traceparent.current()).executeUpdate() == 1;
    }

    /**
     * Locks up to {@code limit} messages due by {@code now}, skipping those another replica holds, so two
     * dispatchers never send the same message at once.
     */
    @SuppressWarnings("unchecked")
    public List<Due> lockDue(Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, event_id, recipient, organisation_id, notice_id, template, "
                + "subject, body_text, body_html, attempts, traceparent from notification where status = 'PENDING' "
                + "and next_attempt_at <= ?1 order by next_attempt_at limit ?2 for update skip locked")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Due(new Message((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (UUID) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8]), ((Number) r[9]).intValue(), (String) r[10]))
                .toList();
    }

    public void markSent(UUID id, int attempts, Instant at) {
        em.createNativeQuery("update notification set status = 'SENT', attempts = ?2, sent_at = ?3, "
                + "next_attempt_at = null where id = ?1")
                .setParameter(1, id).setParameter(2, attempts).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    /** A failed attempt: tried again at {@code next}, or given up (FAILED) when {@code next} is null. */
    public void markAttemptFailed(UUID id, int attempts, Instant next, String error) {
        em.createNativeQuery("update notification set status = ?2, attempts = ?3, next_attempt_at = ?4, "
                + "last_error = ?5 where id = ?1")
                .setParameter(1, id).setParameter(2, next == null ? "FAILED" : "PENDING").setParameter(3, attempts)
                .setParameter(4, next == null ? null : Timestamp.from(next)).setParameter(5, error).executeUpdate();
    }

    /** Newest first, keyset-paged by (created_at, id); optionally one organisation's. */
    @SuppressWarnings("unchecked")
    public List<Listed> page(String organisationId, Cursor.After<Instant> after, int limit) {
        StringBuilder sql = new StringBuilder(LISTED).append("where true ");
        if (organisationId != null) {
            sql.append("and organisation_id = :org ");
        }
        if (after != null) {
            sql.append("and (created_at, id) < (:key, :id) ");
        }
        sql.append("order by created_at desc, id desc limit :limit");
        var query = em.createNativeQuery(sql.toString()).setParameter("limit", limit);
        if (organisationId != null) {
            query.setParameter("org", organisationId);
        }
        if (after != null) {
            query.setParameter("key", Timestamp.from(after.key())).setParameter("id", after.id());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(NotificationRepository::listed).toList();
    }

    private static Listed listed(Object[] r) {
        return new Listed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], DeliveryStatus.valueOf((String) r[7]), ((Number) r[8]).intValue(), instant(r[9]),
                instant(r[10]), instant(r[11]), (String) r[12], traceId((String) r[13]));
    }

    /** The trace id inside a W3C traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    static String traceId(String traceparent) {
        return traceparent == null || traceparent.length() < 35 ? null : traceparent.substring(3, 35);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
