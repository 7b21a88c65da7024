package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * DPA 2018 Sch 16 para 2(2)-(3): the period for giving a penalty notice "may be extended by agreement":
 * only while it still runs, by an agreement made within it. The reference notice of intent was given on
 * 7 August 2024; its limit here is 6 February 2025.
 */
class DeadlineExtensionRulesTest {

    private static final LocalDate GIVEN = LocalDate.of(2024, 8, 7);
    private static final LocalDate LIMIT = LocalDate.of(2025, 2, 6);
    private static final LocalDate LATER = LocalDate.of(2025, 3, 31);

    private static String refused(LocalDate today, LocalDate agreedOn, LocalDate agreedUntil) {
        return assertThrows(DeadlineExtensionException.class,
                () -> DeadlineExtensionRules.requireRecordable(today, GIVEN, LIMIT, agreedOn, agreedUntil)).code();
    }

    @Test
    void anAgreementMadeAndRecordedWhileThePeriodRunsIsRecorded() {
        assertDoesNotThrow(() -> DeadlineExtensionRules.requireRecordable(LocalDate.of(2025, 1, 30), GIVEN, LIMIT,
                LocalDate.of(2025, 1, 30), LATER));
        // the limit's own last day still counts: the period has not passed
        assertDoesNotThrow(() -> DeadlineExtensionRules.requireRecordable(LIMIT, GIVEN, LIMIT, LIMIT, LATER));
    }

    @Test
    void onceTheLimitHasPassedNoExtensionIsRecordedEvenOfAnEarlierAgreement() {
        assertEquals("extension-after-deadline", refused(LIMIT.plusDays(1), LocalDate.of(2025, 1, 30), LATER));
        assertEquals("extension-after-deadline", refused(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 20), LATER));
    }

    @Test
    void anAgreementDatedInTheFutureOrBeforeTheNoticeOfIntentIsRefused() {
        assertEquals("agreement-date-invalid", refused(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31), LATER));
        assertEquals("agreement-date-invalid", refused(LocalDate.of(2025, 1, 30), GIVEN.minusDays(1), LATER));
    }

    @Test
    void theAgreedDateMustBeLaterThanTheCurrentDeadline() {
        assertEquals("extension-not-later", refused(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 30), LIMIT));
    }
}
