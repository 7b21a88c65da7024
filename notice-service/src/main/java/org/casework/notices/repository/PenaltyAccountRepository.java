package org.casework.notices.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.casework.notices.domain.Notice;

/**
 * The penalty notices that have an account (given, or given and cancelled), keyset on (issued_on, id) over the
 * index notice_penalty_accounts. A filter narrows the rows in SQL by what it certainly needs (a balance, a refund,
 * a payment date passed); the account's own rules then decide exactly, in Java, on each row.
 */
@ApplicationScoped
public class PenaltyAccountRepository {

    /** What a filter needs of a row before the account's rules look at it. */
    public enum Narrowing {
        /** every account */
        ANY("true"),
        /** in force and less paid than the amount */
        OWING("n.status = 'ISSUED' and n.amount > " + PAID),
        /** owing, and the statutory payment date passed (the working-day date is never earlier) */
        OWING_PAST_DUE("n.status = 'ISSUED' and n.amount > " + PAID + " and n.payment_due_on < :today"),
        /** more paid than is now due */
        OVERPAID("(case when n.status = 'CANCELLED' then 0 else n.amount end) < " + PAID);

        private final String condition;

        Narrowing(String condition) {
            this.condition = condition;
        }
    }

    private static final String PAID = "(select coalesce(sum(p.amount), 0) from payment p where p.notice_id = n.id)";

    private final EntityManager em;

    public PenaltyAccountRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Notice> page(Narrowing narrowing, LocalDate today, LocalDate afterIssuedOn, UUID afterId, int limit) {
        String sql = "select n.* from notice n where n.type = 'PENALTY_NOTICE' and n.status in ('ISSUED', 'CANCELLED') and "
                + narrowing.condition
                + (afterIssuedOn == null ? "" : " and (n.issued_on, n.id) > (:afterIssued, :afterId)")
                + " order by n.issued_on, n.id limit :limit";
        var query = em.createNativeQuery(sql, Notice.class).setParameter("limit", limit);
        if (narrowing == Narrowing.OWING_PAST_DUE) {
            query.setParameter("today", today);
        }
        if (afterIssuedOn != null) {
            query.setParameter("afterIssued", afterIssuedOn).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }
}
