package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.domain.investigation.NonComplianceRecord;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PercentChoice;
import org.casework.notices.domain.penalty.SeriousnessBand;
import org.casework.notices.domain.penalty.SeriousnessChoice;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A penalty for failing to comply with a notice (DPA 2018 s.155(1)(b)) and its maximum (s.157(4)). */
class FailureToComplyRulesTest {

    private static final UUID CASE = UUID.randomUUID();

    private static Notice notice(NoticeType type, NoticeStatus status) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.caseId = CASE;
        n.caseReference = "CASE-2024-000001";
        n.type = type;
        n.status = status;
        n.reference = type.prefix() + "-2024-000001";
        n.issuedOn = status == NoticeStatus.DRAFT ? null : LocalDate.of(2024, 8, 7);
        return n;
    }

    private static Notice notCompliedInformationNotice() {
        Notice n = notice(NoticeType.INFORMATION_NOTICE, NoticeStatus.ISSUED);
        n.nonCompliance = new NonComplianceRecord();
        n.nonCompliance.recordedAt = Instant.parse("2024-09-10T10:00:00Z");
        return n;
    }

    private static PenaltyInput input(MaximumTier tier) {
        return new PenaltyInput(new BigDecimal("300000000.00"), tier,
                new SeriousnessChoice(SeriousnessBand.HIGH, new BigDecimal("30"), "refused the information"), null,
                List.of(), new PercentChoice(BigDecimal.ZERO, "effective"), null, null);
    }

    private static void noBasis(Notice noi, Notice failed) {
        ProblemException e = assertThrows(ProblemException.class, () -> FailureToComplyRules.basis(noi, failed));
        assertEquals(422, e.problem().getStatus());
        assertTrue(e.problem().getType().endsWith("non-compliance-basis-missing"));
        assertEquals("DPA 2018 s.155(1)(b)", e.problem().getExtensions().get("rule"));
    }

    @Test
    void s155_1_b_anInformationNoticeWithANonComplianceRecordIsABasis() {
        Notice noi = notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.DRAFT);
        Notice failed = notCompliedInformationNotice();
        FailureToComply basis = FailureToComplyRules.basis(noi, failed);
        assertEquals(failed.id, basis.noticeId);
        assertEquals("INF-2024-000001", basis.reference);
        assertEquals(LocalDate.of(2024, 8, 7), basis.givenOn);
    }

    @Test
    void s155_1_b_withoutARecordOfNonComplianceThereIsNoBasis() {
        Notice noi = notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.DRAFT);
        noBasis(noi, notice(NoticeType.INFORMATION_NOTICE, NoticeStatus.ISSUED));
        noBasis(noi, notice(NoticeType.ASSESSMENT_NOTICE, NoticeStatus.ISSUED));
        noBasis(noi, null);
        noBasis(noi, notice(NoticeType.REPRIMAND, NoticeStatus.ISSUED));
        Notice otherCase = notCompliedInformationNotice();
        otherCase.caseId = UUID.randomUUID();
        noBasis(noi, otherCase);
        Notice cancelled = notice(NoticeType.ENFORCEMENT_NOTICE, NoticeStatus.CANCELLED);
        noBasis(noi, cancelled);
    }

    @Test
    void s155_1_b_anEnforcementNoticeIsABasisOnceAStepIsFoundNotCompliedWith() {
        Notice noi = notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.DRAFT);
        Notice en = notice(NoticeType.ENFORCEMENT_NOTICE, NoticeStatus.ISSUED);
        EnforcementStep step = new EnforcementStep();
        step.status = StepStatus.COMPLIED;
        en.enforcementSteps.add(step);
        noBasis(noi, en);
        EnforcementStep missed = new EnforcementStep();
        missed.status = StepStatus.NOT_COMPLIED;
        en.enforcementSteps.add(missed);
        assertEquals(NoticeType.ENFORCEMENT_NOTICE, FailureToComplyRules.basis(noi, en).type);
    }

    @Test
    void s157_4_theMaximumForFailingToComplyIsAlwaysTheHigher() {
        FailureToComply basis = FailureToComplyRules.basis(notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.DRAFT),
                notCompliedInformationNotice());
        assertEquals(MaximumTier.HIGHER, FailureToComplyRules.requiredTier(basis));
        ProblemException e = assertThrows(ProblemException.class,
                () -> FailureToComplyRules.requireTier(basis, input(MaximumTier.STANDARD)));
        assertEquals("DPA 2018 s.157(4)", e.problem().getExtensions().get("rule"));
        FailureToComplyRules.requireTier(basis, input(MaximumTier.HIGHER));
        FailureToComplyRules.requireTier(basis, null);
    }

    @Test
    void s155_1_a_aPenaltyForTheFailureItselfMayUseEitherTier() {
        assertNull(FailureToComplyRules.requiredTier(null));
        FailureToComplyRules.requireTier(null, input(MaximumTier.STANDARD));
    }
}
