package org.casework.notices.domain;

import java.time.LocalDate;

import org.casework.notices.domain.giving.Giving;
import org.casework.notices.domain.investigation.InvestigatoryPeriods;

/**
 * The dates a notice carries. Every period "begins when the notice is given" (DPA 2018 Sch 16 paras 2(2), 3(4),
 * 6(2); s.142(7), s.146(9) for the investigatory notices), so each is counted from {@link Giving#givenOn()}, the day
 * the rules on giving (s.141 / s.141A) treat it as given, not the day the decision-maker issued it. The appeal runs
 * from the day it is sent: "within 28 days of the date on which notice of the act or decision ... was sent to the
 * appellant" (Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009 r.22(1)(b)). They are
 * worked out when the decision to issue is taken and again when the issue is completed on a later day.
 */
public record IssueDates(Giving giving, LocalDate representationsDueOn, LocalDate paymentDueOn,
        LocalDate appealDueOn) {

    /** The day the notice is treated as given. */
    public LocalDate givenOn() {
        return giving.givenOn();
    }

    /** The dates of {@code n} if it is given as {@code giving} says. */
    public static IssueDates of(Notice n, Giving giving) {
        LocalDate givenOn = giving.givenOn();
        LocalDate sentOn = giving.sentOn();
        return switch (n.type) {
            case NOTICE_OF_INTENT -> new IssueDates(giving,
                    StatutoryPeriods.representationsDueOn(givenOn, n.representationDays), null, null);
            case PENALTY_NOTICE -> new IssueDates(giving, null, StatutoryPeriods.paymentDueOn(givenOn, n.paymentDays),
                    appealWaived(n) ? null : StatutoryPeriods.appealDueOn(sentOn));
            case ENFORCEMENT_NOTICE -> new IssueDates(giving, null, null, StatutoryPeriods.appealDueOn(sentOn));
            case INFORMATION_NOTICE, ASSESSMENT_NOTICE -> investigatory(n, giving);
            default -> new IssueDates(giving, null, null, null);
        };
    }

    /** An information or assessment notice: appealable (s.162(1)(a)-(b)); its compliance day is checked now (422). */
    private static IssueDates investigatory(Notice n, Giving giving) {
        InvestigatoryPeriods.requiredBy(n, giving.givenOn());
        return new IssueDates(giving, null, null, StatutoryPeriods.appealDueOn(giving.sentOn()));
    }

    /** Writes these dates, and how and when the notice is given, onto the notice. */
    public void applyTo(Notice n) {
        n.requiredBy = n.type.isInvestigatory() ? InvestigatoryPeriods.requiredBy(n, givenOn()) : null;
        n.issuedOn = giving.sentOn();
        n.givingMethod = giving.method();
        n.givingProvision = giving.provision();
        n.sentAt = giving.sentAt();
        n.givenOn = giving.givenOn();
        n.representationsDueOn = representationsDueOn;
        n.paymentDueOn = paymentDueOn;
        n.appealDueOn = appealDueOn;
    }

    private static boolean appealWaived(Notice n) {
        return n.settlement != null && Boolean.TRUE.equals(n.settlement.appealWaived);
    }
}
