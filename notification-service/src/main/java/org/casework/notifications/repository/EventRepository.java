package org.casework.notifications.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.notifications.domain.Deadline;
import org.casework.notifications.domain.DeadlineKind;

/** The events taken in (by id, once) and the deadlines they brought, which reminders read. */
@ApplicationScoped
public class EventRepository {

    /** A stored deadline with what a reminder needs to say. */
    public record StoredDeadline(UUID noticeId, Deadline deadline, String organisationId, String reference,
            String noticeType, LocalDate givenOn) {
    }

    private final EntityManager em;

    public EventRepository(EntityManager em) {
        this.em = em;
    }

    /** Claims the event in the work's own transaction: false when it was taken in before. */
    public boolean claim(String eventId, String type, String source, Instant at) {
        return em.createNativeQuery("insert into received_event (event_id, type, source, received_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (event_id) do nothing")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, source)
                .setParameter(4, Timestamp.from(at)).executeUpdate() == 1;
    }

    public void saveDeadline(StoredDeadline d) {
        em.createNativeQuery("insert into deadline (notice_id, kind, due_on, organisation_id, reference, notice_type, "
                + "given_on) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (notice_id, kind) do update set "
                + "due_on = excluded.due_on, given_on = excluded.given_on")
                .setParameter(1, d.noticeId()).setParameter(2, d.deadline().kind().name())
                .setParameter(3, d.deadline().dueOn()).setParameter(4, d.organisationId()).setParameter(5, d.reference())
                .setParameter(6, d.noticeType()).setParameter(7, d.givenOn()).executeUpdate();
    }

    /** Deadlines whose last day falls within [from, to], soonest first. */
    @SuppressWarnings("unchecked")
    public List<StoredDeadline> dueBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select notice_id, kind, due_on, organisation_id, reference, "
                + "notice_type, given_on from deadline where due_on between ?1 and ?2 order by due_on, notice_id, kind")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new StoredDeadline((UUID) r[0],
                new Deadline(DeadlineKind.valueOf((String) r[1]), date(r[2])), (String) r[3], (String) r[4],
                (String) r[5], date(r[6]))).toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
