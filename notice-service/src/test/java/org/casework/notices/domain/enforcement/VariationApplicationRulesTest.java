package org.casework.notices.domain.enforcement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.enforcement.VariationApplication.Kind;
import org.casework.notices.domain.enforcement.VariationApplication.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Applications to cancel or vary an enforcement notice (DPA 2018 s.153). The notice is given on Fri 31 Jan 2025; an
 * appeal is in time until Fri 28 Feb 2025, so an application may be made from Sat 1 Mar 2025.
 */
class VariationApplicationRulesTest {

    private static final LocalDate GIVEN_ON = LocalDate.of(2025, 1, 31);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);

    private static Notice issued() {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = NoticeType.ENFORCEMENT_NOTICE;
        n.status = NoticeStatus.ISSUED;
        n.reference = "EN-2025-000001";
        n.issuedOn = GIVEN_ON;
        n.appealDueOn = LocalDate.of(2025, 2, 28);
        n.enforcementSteps.add(step(1, "2025-03-03"));
        n.enforcementSteps.add(step(2, "2025-03-10"));
        return n;
    }

    private static EnforcementStep step(int position, String date) {
        EnforcementStep s = new EnforcementStep();
        s.id = UUID.randomUUID();
        s.position = position;
        s.text = "Step " + position;
        s.complianceDate = LocalDate.parse(date);
        return s;
    }

    private static VariationApplication application(Kind kind, EnforcementStep... named) {
        VariationApplication a = new VariationApplication();
        a.kind = kind;
        a.steps = java.util.Arrays.stream(named).map(s -> new VariationApplication.NamedStep(s.id, s.position, null))
                .toList();
        return a;
    }

    private static EnforcementRuleException refused(String code, String rule, Executable check) {
        EnforcementRuleException e = assertThrows(EnforcementRuleException.class, check);
        assertEquals(code, e.code());
        assertEquals(rule, e.rule());
        return e;
    }

    @Test
    void s153_3_a_anApplicationIsMadeOnlyAfterThePeriodForAppealingHasEnded() {
        Notice n = issued();
        assertEquals(FIRST_DAY, VariationApplicationRules.firstDayToApply(n));
        EnforcementRuleException e = refused("application-too-early", "DPA 2018 s.153(3)(a)",
                () -> VariationApplicationRules.requireAfterAppealPeriod(n, FIRST_DAY.minusDays(1)));
        assertEquals(422, e.status());
        assertDoesNotThrow(() -> VariationApplicationRules.requireAfterAppealPeriod(n, FIRST_DAY));
    }

    /** s.153(3)(a) read cautiously: an appeal due on a non-working day is in time on the next working day. */
    @Test
    void s153_3_a_anAppealDueOnAWeekendKeepsThePeriodOpenUntilTheNextWorkingDay() {
        Notice n = issued();
        n.appealDueOn = LocalDate.of(2025, 3, 1); // a Saturday: an appeal is in time on Mon 3 Mar
        assertEquals(LocalDate.of(2025, 3, 4), VariationApplicationRules.firstDayToApply(n));
        refused("application-too-early", "DPA 2018 s.153(3)(a)",
                () -> VariationApplicationRules.requireAfterAppealPeriod(n, LocalDate.of(2025, 3, 3)));
    }

    @Test
    void s153_2_onlyAnEnforcementNoticeInForceIsCancelledOrVaried() {
        Notice n = issued();
        assertDoesNotThrow(() -> VariationApplicationRules.requireInForce(n));
        n.status = NoticeStatus.CANCELLED;
        assertEquals(409, refused("notice-not-in-force", "DPA 2018 s.153(2)",
                () -> VariationApplicationRules.requireInForce(n)).status());
        Notice penalty = issued();
        penalty.type = NoticeType.PENALTY_NOTICE;
        refused("notice-not-in-force", "DPA 2018 s.153(2)", () -> VariationApplicationRules.requireInForce(penalty));
    }

    @Test
    void s153_3_b_anApplicationToVaryNamesTheStepsOfThisNoticeThatNeedNoLongerBeCompliedWith() {
        Notice n = issued();
        UUID first = n.enforcementSteps.get(0).id;
        refused("steps-required", "DPA 2018 s.153(3)(b)",
                () -> VariationApplicationRules.requireNamedSteps(n, Kind.VARY, List.of()));
        assertEquals("steps[0].stepId", refused("unknown-step", "DPA 2018 s.153(3)(b)",
                () -> VariationApplicationRules.requireNamedSteps(n, Kind.VARY, List.of(UUID.randomUUID()))).field());
        refused("step-named-twice", "DPA 2018 s.153(3)(b)",
                () -> VariationApplicationRules.requireNamedSteps(n, Kind.VARY, List.of(first, first)));
        assertDoesNotThrow(() -> VariationApplicationRules.requireNamedSteps(n, Kind.VARY, List.of(first)));
        assertDoesNotThrow(() -> VariationApplicationRules.requireNamedSteps(n, Kind.CANCEL, List.of()));
    }

    @Test
    void s153_2_oneUndecidedApplicationAtATimeAndEachIsDecidedOnce() {
        Notice n = issued();
        refused("application-pending", "DPA 2018 s.153(2)",
                () -> VariationApplicationRules.requireNoPendingApplication(n, 1));
        assertDoesNotThrow(() -> VariationApplicationRules.requireNoPendingApplication(n, 0));
        VariationApplication a = application(Kind.CANCEL);
        assertDoesNotThrow(() -> VariationApplicationRules.requireUndecided(a));
        a.status = Status.REFUSED;
        a.decidedBy = "grace";
        a.decidedAt = Instant.parse("2025-03-05T10:00:00Z");
        assertEquals(409, refused("application-decided", "DPA 2018 s.153(2)",
                () -> VariationApplicationRules.requireUndecided(a)).status());
    }

    @Test
    void s153_1_onlyAVariationGivesNewDatesAndItGivesAtLeastOne() {
        refused("steps-only-for-variation", "DPA 2018 s.153(1)",
                () -> VariationApplicationRules.requireNoDatesUnlessVaried(Status.CANCELLED, 1));
        refused("steps-only-for-variation", "DPA 2018 s.153(1)",
                () -> VariationApplicationRules.requireNoDatesUnlessVaried(Status.REFUSED, 2));
        refused("variation-changes-nothing", "DPA 2018 s.153(1)",
                () -> VariationApplicationRules.requireNoDatesUnlessVaried(Status.VARIED, 0));
        assertDoesNotThrow(() -> VariationApplicationRules.requireNoDatesUnlessVaried(Status.VARIED, 1));
        assertDoesNotThrow(() -> VariationApplicationRules.requireNoDatesUnlessVaried(Status.REFUSED, 0));
    }

    @Test
    void s153_3_b_aVariationOnTheApplicationMovesANamedPendingStepLaterAndNeverEarlier() {
        Notice n = issued();
        EnforcementStep first = n.enforcementSteps.get(0);
        EnforcementStep second = n.enforcementSteps.get(1);
        VariationApplication a = application(Kind.VARY, first);
        LocalDate today = LocalDate.of(2025, 3, 2);
        assertSame(first, VariationApplicationRules.requireDateChange(n, a, first.id, LocalDate.of(2025, 6, 2), today, 0));
        assertEquals("steps[0].complianceDate", refused("variation-to-detriment", "DPA 2018 s.153(3)(b)",
                () -> VariationApplicationRules.requireDateChange(n, a, first.id, LocalDate.of(2025, 3, 2), today, 0))
                .field());
        refused("variation-changes-nothing", "DPA 2018 s.153(1)",
                () -> VariationApplicationRules.requireDateChange(n, a, first.id, first.complianceDate, today, 0));
        refused("step-not-applied-for", "DPA 2018 s.153(3)(b)",
                () -> VariationApplicationRules.requireDateChange(n, a, second.id, LocalDate.of(2025, 6, 2), today, 0));
        refused("unknown-step", "DPA 2018 s.153(3)(b)",
                () -> VariationApplicationRules.requireDateChange(n, a, UUID.randomUUID(), LocalDate.of(2025, 6, 2),
                        today, 0));
        first.status = StepStatus.COMPLIED;
        assertEquals(409, refused("step-decided", "DPA 2018 s.153(1)",
                () -> VariationApplicationRules.requireDateChange(n, a, first.id, LocalDate.of(2025, 6, 2), today, 0))
                .status());
    }

    @Test
    void s153_1_onAnApplicationToCancelAnyPendingStepMayBeVariedInstead() {
        Notice n = issued();
        VariationApplication a = application(Kind.CANCEL);
        EnforcementStep second = n.enforcementSteps.get(1);
        assertSame(second, VariationApplicationRules.requireDateChange(n, a, second.id, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 3, 2), 0));
    }

    /** A varied date is never a day already past, and still obeys s.150(6) (not before the appeal period ends). */
    @Test
    void s150_6_aVariedDateIsNotPastAndNotBeforeTheAppealPeriodEnds() {
        Notice n = issued();
        EnforcementStep first = n.enforcementSteps.get(0);
        first.complianceDate = LocalDate.of(2025, 2, 20); // as if given so by mistake: moved later, still too early
        VariationApplication a = application(Kind.VARY, first);
        refused("compliance-date-too-early", "DPA 2018 s.150(6)",
                () -> VariationApplicationRules.requireDateChange(n, a, first.id, LocalDate.of(2025, 2, 28),
                        LocalDate.of(2025, 2, 25), 0));
        refused("compliance-date-past", "DPA 2018 s.153(1)",
                () -> VariationApplicationRules.requireDateChange(n, a, first.id, LocalDate.of(2025, 3, 5),
                        LocalDate.of(2025, 3, 6), 0));
        n.enforcementUrgent = true; // s.150(8): an urgent notice's steps may fall due from the day after it is given
        assertDoesNotThrow(() -> VariationApplicationRules.requireDateChange(n, a, first.id, LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 2, 25), 0));
    }

    @Test
    void s153_aCancelledNoticeRequiresNothingSoNoStepIsMissed() {
        Notice n = issued();
        EnforcementStep first = n.enforcementSteps.get(0);
        n.status = NoticeStatus.CANCELLED;
        assertFalse(StepCompliance.missed(first, n, LocalDate.of(2025, 4, 1)));
        refused("notice-not-issued", "DPA 2018 s.149(1)", () -> StepCompliance.decide(n, first, StepStatus.COMPLIED,
                "seen", "ada", Instant.parse("2025-04-01T10:00:00Z"), LocalDate.of(2025, 4, 1)));
    }
}
