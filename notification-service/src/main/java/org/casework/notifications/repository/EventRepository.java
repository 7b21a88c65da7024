package org.casework.notifications.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.notifications.domain.Deadline;
import org.casework.notifications.domain.DeadlineKind;

/** The notices heard of through events, and their deadlines, which reminders read. */
@ApplicationScoped
public class EventRepository {

    /** A notice as far as an email about it may name it. */
    public record KnownNotice(UUID noticeId, String organisationId, String reference, String noticeType) {
    }

    /** A stored deadline with the notice it belongs to. */
    public record StoredDeadline(KnownNotice notice, Deadline deadline) {
    }

    private final EntityManager em;

    public EventRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the notice; a later event fills in what an earlier one did not know (the type from a window event). */
    public void saveNotice(KnownNotice n, LocalDate givenOn) {
        em.createNativeQuery("insert into notice (notice_id, organisation_id, reference, notice_type, given_on) "
                + "values (?1, ?2, ?3, ?4, ?5) on conflict (notice_id) do update set reference = excluded.reference, "
                + "notice_type = excluded.notice_type, given_on = coalesce(excluded.given_on, notice.given_on)")
                .setParameter(1, n.noticeId()).setParameter(2, n.organisationId()).setParameter(3, n.reference())
                .setParameter(4, n.noticeType()).setParameter(5, givenOn).executeUpdate();
    }

    /** Records the notice unless it is known already (a window's event knows less than the notice's own). */
    public void saveNoticeIfNew(KnownNotice n) {
        em.createNativeQuery("insert into notice (notice_id, organisation_id, reference, notice_type) "
                + "values (?1, ?2, ?3, ?4) on conflict (notice_id) do nothing")
                .setParameter(1, n.noticeId()).setParameter(2, n.organisationId()).setParameter(3, n.reference())
                .setParameter(4, n.noticeType()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<KnownNotice> notice(UUID noticeId) {
        List<Object[]> rows = em.createNativeQuery("select notice_id, organisation_id, reference, notice_type from notice "
                + "where notice_id = ?1").setParameter(1, noticeId).getResultList();
        return rows.stream().findFirst().map(EventRepository::known);
    }

    public void saveDeadline(UUID noticeId, Deadline d) {
        em.createNativeQuery("insert into deadline (notice_id, kind, due_on) values (?1, ?2, ?3) "
                + "on conflict (notice_id, kind) do update set due_on = excluded.due_on")
                .setParameter(1, noticeId).setParameter(2, d.kind().name()).setParameter(3, d.dueOn()).executeUpdate();
    }

    /** A withdrawn or cancelled notice asks nothing more of the organisation: no reminders. */
    public void removeDeadlines(UUID noticeId) {
        em.createNativeQuery("delete from deadline where notice_id = ?1").setParameter(1, noticeId).executeUpdate();
    }

    /** Deadlines whose last day falls within [from, to], soonest first, each with its notice (one query). */
    @SuppressWarnings("unchecked")
    public List<StoredDeadline> dueBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select n.notice_id, n.organisation_id, n.reference, n.notice_type, "
                + "d.kind, d.due_on from deadline d join notice n on n.notice_id = d.notice_id "
                + "where d.due_on between ?1 and ?2 order by d.due_on, d.notice_id, d.kind")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new StoredDeadline(known(r),
                new Deadline(DeadlineKind.valueOf((String) r[4]), date(r[5])))).toList();
    }

    private static KnownNotice known(Object[] r) {
        return new KnownNotice((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
