package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepCompliance;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.platform.time.LondonCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dashboard's compliance dates: every PENDING step of an issued enforcement notice due within the coming days,
 * and every one already missed (its date past, London, not suspended by an appeal), soonest first.
 */
@ApplicationScoped
public class ComplianceDateQueries {

    public record ComplianceDate(UUID noticeId, String noticeReference, String caseReference, String organisationName,
            UUID stepId, int position, LocalDate complianceDate, StepStatus status, boolean missed,
            @Schema(description = "An appeal against a notice not stated urgent is pending: the step need not be "
                    + "complied with until it is decided (DPA 2018 s.150(7))")
            boolean suspendedByAppeal) {
    }

    public record ComplianceDates(LocalDate today, int days,
            @Schema(description = "Steps due from today to today + days, not missed") long due,
            @Schema(description = "Steps whose compliance date has passed while PENDING") long missed,
            List<ComplianceDate> items) {
    }

    private final EntityManager em;
    private final Clock clock;

    public ComplianceDateQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public ComplianceDates within(int days) {
        LocalDate today = LondonCalendar.today(clock);
        List<EnforcementStep> steps = em.createQuery("select s from EnforcementStep s join fetch s.notice n "
                + "where s.status = :pending and s.complianceDate <= :until and n.status = :issued", EnforcementStep.class)
                .setParameter("pending", StepStatus.PENDING).setParameter("until", today.plusDays(days))
                .setParameter("issued", NoticeStatus.ISSUED).getResultList();
        List<ComplianceDate> items = steps.stream().map(s -> item(s, today))
                .sorted(Comparator.comparing(ComplianceDate::complianceDate).thenComparing(ComplianceDate::noticeReference)
                        .thenComparing(ComplianceDate::position))
                .toList();
        long missed = items.stream().filter(ComplianceDate::missed).count();
        long due = items.stream().filter(i -> !i.complianceDate().isBefore(today)).count();
        return new ComplianceDates(today, days, due, missed, items);
    }

    private static ComplianceDate item(EnforcementStep s, LocalDate today) {
        Notice n = s.notice;
        return new ComplianceDate(n.id, n.reference, n.caseReference, n.organisationName, s.id, s.position,
                s.complianceDate, s.status, StepCompliance.missed(s, n, today), StepCompliance.suspended(n));
    }
}
