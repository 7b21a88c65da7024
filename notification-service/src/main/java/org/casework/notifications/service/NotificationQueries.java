package org.casework.notifications.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notifications.repository.NotificationRepository;
import org.casework.platform.audit.AuditTrail;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;

/** The record of messages for staff, newest first, keyset-paged; each read audited. */
@ApplicationScoped
public class NotificationQueries {

    private final NotificationRepository notifications;
    private final AuditTrail audit;

    public NotificationQueries(NotificationRepository notifications, AuditTrail audit) {
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional
    public Page<NotificationRepository.Listed> list(String organisationId, String after, int limit) {
        Cursor.After<Instant> from = Cursor.readAfter(after, Instant::parse);
        List<NotificationRepository.Listed> rows = notifications.page(organisationId, from, limit + 1);
        boolean more = rows.size() > limit;
        List<NotificationRepository.Listed> items = more ? rows.subList(0, limit) : rows;
        NotificationRepository.Listed last = more ? items.get(items.size() - 1) : null;
        Map<String, String> details = new HashMap<>();
        details.put("organisationId", organisationId);
        details.put("count", String.valueOf(items.size()));
        audit.record("notifications.read", "notification", organisationId == null ? "*" : organisationId, details);
        return new Page<>(List.copyOf(items), last == null ? null : Cursor.after(last.createdAt(), last.id()));
    }
}
