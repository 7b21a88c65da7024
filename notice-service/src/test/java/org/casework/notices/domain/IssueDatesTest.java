package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IssueDatesTest {

    private static Notice notice(NoticeType type) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = type;
        n.reference = type.prefix() + "-2024-000001";
        return n;
    }

    @Test
    void aNoticeOfIntentCompletedTwoDaysLateCountsItsPeriodFromTheDayItIsGiven() {
        // Sch 16 para 3(4): "not less than 21 days beginning when the notice of intent is given"
        Notice n = notice(NoticeType.NOTICE_OF_INTENT);
        n.representationDays = 21;
        assertEquals(LocalDate.of(2024, 8, 27), IssueDates.of(n, LocalDate.of(2024, 8, 7)).representationsDueOn());
        IssueDates late = IssueDates.of(n, LocalDate.of(2024, 8, 9));
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
        IssueDates d = IssueDates.of(n, LocalDate.of(2025, 3, 27));
        assertEquals(LocalDate.of(2025, 4, 23), d.paymentDueOn());
        assertEquals(LocalDate.of(2025, 4, 24), d.appealDueOn());
        n.settlement = new Settlement();
        n.settlement.appealWaived = true;
        assertNull(IssueDates.of(n, LocalDate.of(2025, 3, 27)).appealDueOn(), "a settled penalty waives the appeal");
    }

    @Test
    void anEnforcementNoticeCarriesOnlyItsAppealDateAndAReprimandNone() {
        assertEquals(LocalDate.of(2025, 4, 23),
                IssueDates.of(notice(NoticeType.ENFORCEMENT_NOTICE), LocalDate.of(2025, 3, 26)).appealDueOn());
        IssueDates reprimand = IssueDates.of(notice(NoticeType.REPRIMAND), LocalDate.of(2025, 3, 26));
        assertEquals(new IssueDates(LocalDate.of(2025, 3, 26), null, null, null), reprimand);
    }
}
