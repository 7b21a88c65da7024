package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.giving.Giving;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.domain.giving.GivingRules;
import org.casework.platform.time.EnglandAndWalesCalendar;
import org.casework.platform.time.LondonCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IssueDatesTest {

    private static Notice notice(NoticeType type) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = type;
        n.reference = type.prefix() + "-2024-000001";
        return n;
    }

    /** Handed over at noon on {@code day}: given that day (DPA 2018 s.141A(2)(a)). */
    private static Giving handed(LocalDate day) {
        return new Giving(GivingMethod.BY_HAND, day.atTime(12, 0).atZone(LondonCalendar.ZONE).toInstant(), day, day,
                "DPA 2018 s.141A");
    }

    private static final GivingRules RULES = new GivingRules(LocalDate.of(2026, 2, 5), EnglandAndWalesCalendar.standard());

    @Test
    @DisplayName("Sch 16 para 3(4), s.141A(2)(d): a notice of intent emailed Fri 4 Dec 2026 is given Sun 6 Dec; 28 days end 2 Jan 2027")
    void anEmailedNoticeOfIntentCountsItsPeriodFromTheDayItIsTreatedAsGiven() {
        Notice n = notice(NoticeType.NOTICE_OF_INTENT);
        n.representationDays = 28;
        Giving emailed = RULES.give(GivingMethod.EMAIL, LocalDate.of(2026, 12, 4).atTime(10, 0)
                .atZone(LondonCalendar.ZONE).toInstant());
        IssueDates d = IssueDates.of(n, emailed);
        d.applyTo(n);
        assertEquals(LocalDate.of(2026, 12, 6), n.givenOn);
        assertEquals(LocalDate.of(2026, 12, 4), n.issuedOn, "issued (sent) on the Friday");
        assertEquals(GivingMethod.EMAIL, n.givingMethod);
        assertEquals(LocalDate.of(2027, 1, 2), n.representationsDueOn);
    }

    @Test
    @DisplayName("Sch 16 para 6(2), GRC Rules r.22(1)(b): a posted penalty notice's payment runs from its given day, its appeal from its sent day")
    void aPostedPenaltyNoticeCountsPaymentFromGivingAndAppealFromSending() {
        Notice n = notice(NoticeType.PENALTY_NOTICE);
        n.paymentDays = 28;
        Giving posted = RULES.give(GivingMethod.POST, LocalDate.of(2026, 12, 4).atTime(10, 0)
                .atZone(LondonCalendar.ZONE).toInstant());
        IssueDates d = IssueDates.of(n, posted);
        assertEquals(LocalDate.of(2026, 12, 8), d.givenOn());
        assertEquals(LocalDate.of(2027, 1, 4), d.paymentDueOn(), "28 days beginning Tue 8 Dec 2026");
        assertEquals(LocalDate.of(2027, 1, 1), d.appealDueOn(), "28 days after it was sent on Fri 4 Dec 2026");
    }

    @Test
    void aNoticeOfIntentCompletedTwoDaysLateCountsItsPeriodFromTheDayItIsGiven() {
        // Sch 16 para 3(4): "not less than 21 days beginning when the notice of intent is given"
        Notice n = notice(NoticeType.NOTICE_OF_INTENT);
        n.representationDays = 21;
        assertEquals(LocalDate.of(2024, 8, 27), IssueDates.of(n, handed(LocalDate.of(2024, 8, 7))).representationsDueOn());
        IssueDates late = IssueDates.of(n, handed(LocalDate.of(2024, 8, 9)));
        late.applyTo(n);
        assertEquals(LocalDate.of(2024, 8, 9), n.issuedOn);
        assertEquals(LocalDate.of(2024, 8, 29), n.representationsDueOn);
        assertNull(n.paymentDueOn);
    }

    @Test
    void aPenaltyNoticeCountsPaymentAndAppealFromTheDayItIsGiven() {
        // Sch 16 para 6(2): payment not less than 28 days beginning when it is given; appeal 28 days after it is sent
        Notice n = notice(NoticeType.PENALTY_NOTICE);
        n.paymentDays = 28;
        IssueDates d = IssueDates.of(n, handed(LocalDate.of(2025, 3, 27)));
        assertEquals(LocalDate.of(2025, 4, 23), d.paymentDueOn());
        assertEquals(LocalDate.of(2025, 4, 24), d.appealDueOn());
        n.settlement = new Settlement();
        n.settlement.appealWaived = true;
        assertNull(IssueDates.of(n, handed(LocalDate.of(2025, 3, 27))).appealDueOn(), "a settled penalty waives the appeal");
    }

    @Test
    void anEnforcementNoticeCarriesOnlyItsAppealDateAndAReprimandNone() {
        assertEquals(LocalDate.of(2025, 4, 23),
                IssueDates.of(notice(NoticeType.ENFORCEMENT_NOTICE), handed(LocalDate.of(2025, 3, 26))).appealDueOn());
        IssueDates reprimand = IssueDates.of(notice(NoticeType.REPRIMAND), handed(LocalDate.of(2025, 3, 26)));
        assertEquals(new IssueDates(handed(LocalDate.of(2025, 3, 26)), null, null, null), reprimand);
    }
}
