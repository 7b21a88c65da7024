package org.casework.notices.domain;

import java.time.LocalDate;

/**
 * The dates a notice carries, all counted from the day it is given. They are worked out when the
 * decision to issue is taken and again when the issue is completed on a later day: every period
 * "begins when the notice is given" (DPA 2018 Sch 16 paras 2(2), 3(4), 6(2)), not when it was planned.
 */
public record IssueDates(LocalDate givenOn, LocalDate representationsDueOn, LocalDate paymentDueOn,
        LocalDate appealDueOn) {

    /** The dates of {@code n} if it is given on {@code givenOn}. */
    public static IssueDates of(Notice n, LocalDate givenOn) {
        return switch (n.type) {
            case NOTICE_OF_INTENT -> new IssueDates(givenOn,
                    StatutoryPeriods.representationsDueOn(givenOn, n.representationDays), null, null);
            case PENALTY_NOTICE -> new IssueDates(givenOn, null, StatutoryPeriods.paymentDueOn(givenOn, n.paymentDays),
                    appealWaived(n) ? null : StatutoryPeriods.appealDueOn(givenOn));
            case ENFORCEMENT_NOTICE -> new IssueDates(givenOn, null, null, StatutoryPeriods.appealDueOn(givenOn));
            case INFORMATION_NOTICE, ASSESSMENT_NOTICE -> investigatory(n, givenOn);
            default -> new IssueDates(givenOn, null, null, null);
        };
    }

    /** An information or assessment notice: appealable (s.162(1)(a)-(b)); its compliance day is checked now (422). */
    private static IssueDates investigatory(Notice n, LocalDate givenOn) {
        org.casework.notices.domain.investigation.InvestigatoryPeriods.requiredBy(n, givenOn);
        return new IssueDates(givenOn, null, null, StatutoryPeriods.appealDueOn(givenOn));
    }

    /** Writes these dates onto the notice. */
    public void applyTo(Notice n) {
        n.requiredBy = n.type.isInvestigatory()
                ? org.casework.notices.domain.investigation.InvestigatoryPeriods.requiredBy(n, givenOn) : null;
        n.issuedOn = givenOn;
        n.representationsDueOn = representationsDueOn;
        n.paymentDueOn = paymentDueOn;
        n.appealDueOn = appealDueOn;
    }

    private static boolean appealWaived(Notice n) {
        return n.settlement != null && Boolean.TRUE.equals(n.settlement.appealWaived);
    }
}
