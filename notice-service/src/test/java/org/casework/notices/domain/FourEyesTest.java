package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.casework.notices.domain.FourEyesException.Exclusion;
import org.junit.jupiter.api.Test;

/**
 * Four eyes (issue 13; DESIGN.md §2): the person who issues a notice is not its drafter, nor anyone
 * assigned to the case at any time, nor anyone who recorded a finding on it.
 */
class FourEyesTest {

    private static final FourEyes CASE = FourEyes.of("ada", "bo", List.of("cy", "bo"), List.of("dee"));

    private static Exclusion refused(FourEyes rule, String issuer) {
        return assertThrows(FourEyesException.class, () -> rule.requireIndependent(issuer)).exclusion();
    }

    @Test
    void theNoticesDrafterMayNotIssueIt() {
        assertEquals(Exclusion.DRAFTER, refused(CASE, "ada"));
    }

    @Test
    void theCasesCurrentAssigneeMayNotIssue() {
        assertEquals(Exclusion.ASSIGNED, refused(CASE, "bo"));
    }

    @Test
    void anyoneAssignedEarlierMayNotIssueThoughNoLongerTheAssignee() {
        assertEquals(Exclusion.ASSIGNED, refused(CASE, "cy"));
        assertEquals(Exclusion.ASSIGNED, refused(FourEyes.of("ada", null, List.of("cy"), List.of()), "cy"));
    }

    @Test
    void anyoneWhoRecordedAFindingMayNotIssue() {
        assertEquals(Exclusion.FINDING_AUTHOR, refused(CASE, "dee"));
    }

    @Test
    void theRefusalNamesTheFirstExclusionThatApplies() {
        FourEyes everything = FourEyes.of("ada", "ada", List.of("ada"), List.of("ada"));
        assertEquals(Exclusion.DRAFTER, refused(everything, "ada"));
        assertEquals(Exclusion.ASSIGNED, refused(FourEyes.of("x", "ada", List.of(), List.of("ada")), "ada"));
    }

    @Test
    void aDecisionMakerWithNoHandInTheCaseOrTheNoticeMayIssue() {
        assertDoesNotThrow(() -> CASE.requireIndependent("grace"));
        assertDoesNotThrow(() -> FourEyes.of("ada", null, List.of(), List.of()).requireIndependent("grace"));
    }

    @Test
    void eachExclusionIsNamedAsARule() {
        assertEquals("four eyes: not the notice's drafter", Exclusion.DRAFTER.rule());
        assertEquals("four eyes: not anyone ever assigned to the case", Exclusion.ASSIGNED.rule());
        assertEquals("four eyes: not anyone who recorded a finding on the case", Exclusion.FINDING_AUTHOR.rule());
    }
}
