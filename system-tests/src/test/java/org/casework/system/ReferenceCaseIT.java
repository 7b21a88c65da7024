package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.casework.system.ReferenceSteps.at;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference case through the three packaged services, with people signed in through Keycloak
 * (password and one-time code): a case opened and investigated, a notice of intent for £6,090,000
 * given on 7 August 2024 by a decision-maker who is not the investigator, the organisation's
 * representation with a PDF, considered; after the period (and an agreed later deadline) a penalty
 * notice of £3,845,400 less a 20 % settlement, £3,076,320, the case decided, the register showing it,
 * and every service's audit chain whole.
 */
class ReferenceCaseIT {

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
    }

    @AfterAll
    static void resetClocks() {
        Clocks.reset(suite);
    }

    @Test
    void theReferenceCaseFromBreachReportToSettledPenalty() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(LocalDateTime.of(2024, 8, 1, 10, 0));
        String noi = r.giveNoticeOfIntent(caseId, LocalDateTime.of(2024, 8, 7, 10, 0), "2024-08-27");
        r.represent(noi, LocalDateTime.of(2024, 8, 20, 15, 0), "2024-08-27");

        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 27, 16, 0));
        String penalty = r.draftPenalty(caseId);
        at(r.notices, r.grace).header("Idempotency-Key", "early-" + penalty).post("/notices/" + penalty + "/issue").then()
                .statusCode(409).body("rule", equalTo("DPA 2018 Sch 16 para 4(1)"));

        r.agreeLaterDeadline(noi);
        r.settle(penalty);
        r.issuePenalty(penalty, LocalDateTime.of(2025, 3, 26, 10, 0), "3076320.00", "2025-04-22");
        assertEquals("DECIDED", r.caseStatus(caseId));

        given().baseUri(r.notices).get("/register").then().statusCode(200)
                .body("items.find { it.id == '" + penalty + "' }.amount.amount", equalTo("3076320.00"));
        r.assertAuditChainsValid();
        String caseAudit = at(r.cases, r.alan).queryParam("limit", 200).get("/audit/events").asString();
        assertThat("the transitions notice-service made name the decision-maker", caseAudit,
                containsString(suite.subjectOf("grace")));
    }
}
