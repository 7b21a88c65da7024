package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Deadline;
import org.casework.notices.domain.Lengths;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeLimits;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepCompliance;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.platform.openapi.Produced;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.time.LondonCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dashboard's compliance dates: every PENDING step of an issued enforcement notice due within the coming days,
 * and every one already missed (its date past, London, not suspended by an appeal), soonest first, keyset-paged by
 * (compliance date, step id) along the partial index {@code enforcement_step_pending_by_date}. The two counts are
 * of the whole list, so a page of 50 still says how many there are.
 */
@ApplicationScoped
public class ComplianceDateQueries {

    public record ComplianceDate(UUID noticeId, @Schema(maxLength = Lengths.NOTICE_REFERENCE) String noticeReference,
            @Schema(maxLength = Lengths.CASE_REFERENCE) String caseReference,
            @Schema(maxLength = Lengths.NAME) String organisationName, UUID stepId,
            @Schema(minimum = "1", maximum = "" + NoticeLimits.STEPS) int position, LocalDate complianceDate,
            StepStatus status, boolean missed,
            @Schema(description = "An appeal against a notice not stated urgent is pending: the step need not be "
                    + "complied with until it is decided (DPA 2018 s.150(7))")
            boolean suspendedByAppeal) {
    }

    public record ComplianceDates(LocalDate today,
            @Schema(minimum = "0", maximum = "" + Deadline.LOOK_AHEAD_DAYS) int days,
            @Schema(description = "Steps due from today to today + days, not missed", minimum = "0",
                    maximum = Produced.BIGINT_MAX) long due,
            @Schema(description = "Steps whose compliance date has passed while PENDING, not suspended by an appeal",
                    minimum = "0", maximum = Produced.BIGINT_MAX)
            long missed,
            @Schema(maxItems = PageLimit.MAX) List<ComplianceDate> items,
            @Schema(description = "Pass as ?after= to get the next page; null on the last page", nullable = true,
                    maxLength = Cursor.MAX_LENGTH)
            String next) {
    }

    private static final String PENDING_ON_ISSUED = "from EnforcementStep s join s.notice n "
            + "where s.status = :pending and n.status = :issued ";

    private final EntityManager em;
    private final Clock clock;

    public ComplianceDateQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public ComplianceDates within(int days, String after, int limit) {
        Cursor.After<LocalDate> position = Cursor.readAfter(after, LocalDate::parse);
        LocalDate today = LondonCalendar.today(clock);
        LocalDate until = today.plusDays(days);
        String keyset = position == null ? ""
                : "and (s.complianceDate > :afterDate or s.complianceDate = :afterDate and s.id > :afterId) ";
        var query = em.createQuery("select s " + PENDING_ON_ISSUED.replace("join s.notice", "join fetch s.notice")
                + "and s.complianceDate <= :until " + keyset + "order by s.complianceDate, s.id", EnforcementStep.class);
        pendingOnIssued(query).setParameter("until", until).setMaxResults(limit);
        if (position != null) {
            query.setParameter("afterDate", position.key()).setParameter("afterId", position.id());
        }
        List<ComplianceDate> items = query.getResultList().stream().map(s -> item(s, today)).toList();
        String next = items.size() == limit
                ? Cursor.after(items.get(limit - 1).complianceDate(), items.get(limit - 1).stepId()) : null;
        long due = count("and s.complianceDate >= :from and s.complianceDate <= :until", today, until);
        // Missed: the date has passed and no appeal suspends the step (StepCompliance.missed, s.150(7)).
        long missed = count("and s.complianceDate < :from and not (n.appealPending = true and n.enforcementUrgent = false)",
                today, null);
        return new ComplianceDates(today, days, due, missed, items, next);
    }

    private long count(String condition, LocalDate from, LocalDate until) {
        var query = em.createQuery("select count(s) " + PENDING_ON_ISSUED + condition, Long.class)
                .setParameter("from", from);
        if (until != null) {
            query.setParameter("until", until);
        }
        return pendingOnIssued(query).getSingleResult();
    }

    private static <T extends jakarta.persistence.Query> T pendingOnIssued(T query) {
        query.setParameter("pending", StepStatus.PENDING).setParameter("issued", NoticeStatus.ISSUED);
        return query;
    }

    private static ComplianceDate item(EnforcementStep s, LocalDate today) {
        Notice n = s.notice;
        return new ComplianceDate(n.id, n.reference, n.caseReference, n.organisationName, s.id, s.position,
                s.complianceDate, s.status, StepCompliance.missed(s, n, today), StepCompliance.suspended(n));
    }
}
