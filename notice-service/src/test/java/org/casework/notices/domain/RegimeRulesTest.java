package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * DPA 2018 Sch 16 paras 2(1), 3(2) as applied to PECR (reg 31, Sch 1): the penalty notice is for the contravention its
 * notice of intent described: the same law, no regulation it did not name, no day outside its period.
 */
class RegimeRulesTest {

    @Test
    void theSameLawAndContraventionIsAccepted() {
        assertDoesNotThrow(() -> RegimeRules.requireSameContravention(dpa(), dpa()));
        assertDoesNotThrow(() -> RegimeRules.requireSameContravention(pecr("21,22", "2025-03-01", "2025-04-30"),
                pecr("21,22", "2025-03-01", "2025-04-30")));
    }

    @Test
    void aPenaltyNoticeMayNarrowTheContraventionAfterRepresentations() {
        assertDoesNotThrow(() -> RegimeRules.requireSameContravention(pecr("22", "2025-03-10", "2025-04-01"),
                pecr("21,22", "2025-03-01", "2025-04-30")));
    }

    @Test
    void anotherLawARegulationNotNamedOrALongerPeriodIsRefused() {
        assertRefused(pecr("21", "2025-03-01", "2025-04-30"), dpa(), "was given under the data protection legislation");
        assertRefused(dpa(), pecr("21", "2025-03-01", "2025-04-30"), "was given under PECR");
        assertRefused(pecr("21,23", "2025-03-01", "2025-04-30"), pecr("21,22", "2025-03-01", "2025-04-30"),
                "regulation(s) 23");
        assertRefused(pecr("21", "2025-02-28", "2025-04-30"), pecr("21", "2025-03-01", "2025-04-30"), "goes beyond");
        assertRefused(pecr("21", "2025-03-01", "2025-05-01"), pecr("21", "2025-03-01", "2025-04-30"), "goes beyond");
    }

    private static void assertRefused(Notice penalty, Notice noi, String why) {
        ProblemException e = assertThrows(ProblemException.class, () -> RegimeRules.requireSameContravention(penalty, noi));
        assertEquals(422, e.problem().getStatus());
        assertTrue(e.problem().getDetail().contains(why), e.problem().getDetail());
    }

    private static Notice dpa() {
        Notice n = new Notice();
        n.reference = "NOI-2026-000001";
        return n;
    }

    private static Notice pecr(String regulations, String from, String to) {
        Notice n = dpa();
        n.legalRegime = LegalRegime.PECR;
        n.pecrRegulations = regulations;
        n.pecrInfringedFrom = LocalDate.parse(from);
        n.pecrInfringedTo = LocalDate.parse(to);
        return n;
    }
}
