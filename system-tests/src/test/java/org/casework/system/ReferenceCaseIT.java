package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

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

    private static RequestSpecification at(String baseUrl, String token) {
        return given().baseUri(baseUrl).auth().oauth2(token);
    }

    @Test
    void theReferenceCaseFromBreachReportToSettledPenalty() throws Exception {
        String ada = suite.staff("ada");
        String grace = suite.staff("grace");
        String betty = suite.organisation("betty");
        String alan = suite.staff("alan");
        String cases = suite.cases.url();
        String notices = suite.notices.url();
        String portal = suite.representations.url();

        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 1, 10, 0));
        String caseBody = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-case.json"))
                .replace("400000000.00", "300000000.00");
        String caseId = at(cases, ada).contentType(ContentType.JSON).header("Idempotency-Key", "reference-" + java.util.UUID.randomUUID())
                .body(caseBody).post("/cases")
                .then().statusCode(201).extract().path("id");
        at(cases, ada).contentType(ContentType.JSON).body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":"
                + "\"No multi-factor authentication on the customer remote-access account\"}")
                .post("/cases/" + caseId + "/findings").then().statusCode(201);
        at(cases, ada).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"caseworker\":\"" + suite.subjectOf("ada") + "\"}").put("/cases/" + caseId + "/assignee")
                .then().statusCode(200);
        at(cases, grace).contentType(ContentType.JSON).header("Idempotency-Key", "start-" + caseId)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Serious breach of special category data\"}")
                .post("/cases/" + caseId + "/transitions").then().statusCode(200);

        String noi = at(notices, ada).contentType(ContentType.JSON).body(noticeOfIntent(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 7, 10, 0));
        at(notices, grace).header("Idempotency-Key", "issue-" + noi).post("/notices/" + noi + "/issue").then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("amount.amount", equalTo("6090000.00"))
                .body("representationsDueOn", equalTo("2024-08-27"));
        at(cases, alan).get("/cases/" + caseId).then().body("status", equalTo("NOTICE_OF_INTENT_ISSUED"));

        Eventually.windowOpen(suite, betty, noi);
        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 20, 15, 0));
        at(portal, betty).get("/portal/notices").then().statusCode(200).body("items.noticeId", hasItem(noi))
                .body("items.find { it.noticeId == '" + noi + "' }.dueOn", equalTo("2024-08-27"));
        Response submitted = at(portal, betty).multiPart("statement", "We contained the attack with the NCSC, the NCA "
                + "and NHS England, and have since put multi-factor authentication on every account.")
                .multiPart("files", "response.pdf", "%PDF-1.7\n% our response\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .post("/portal/notices/" + noi + "/representations");
        submitted.then().statusCode(201);
        at(portal, ada).contentType(ContentType.JSON).body("{\"note\":\"Mitigation accepted in part: cooperation and remediation\"}")
                .post("/representations/" + submitted.path("id") + "/consideration").then().statusCode(200);

        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 27, 16, 0));
        String penalty = at(notices, ada).contentType(ContentType.JSON).body(penaltyNotice(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        at(notices, grace).header("Idempotency-Key", "early-" + penalty).post("/notices/" + penalty + "/issue").then()
                .statusCode(409).body("rule", equalTo("DPA 2018 Sch 16 para 4(1)"));

        // Sch 16 para 2(3): the later deadline is agreed while the 6-month period still runs
        Clocks.setLondon(suite, LocalDateTime.of(2025, 1, 30, 15, 0));
        at(notices, grace).contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"2025-03-31\",\"reason\":\"Agreed with the group's solicitors\","
                        + "\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"2025-01-30\","
                        + "\"evidence\":\"Letter of 30 Jan 2025, ref ACS/ICO/12\"}")
                .post("/notices/" + noi + "/deadline-extension").then().statusCode(200);
        Clocks.setLondon(suite, LocalDateTime.of(2025, 3, 20, 9, 0));
        at(notices, grace).contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + penalty + "/settlement").then().statusCode(200)
                .body("amount.amount", equalTo("3076320.00"));

        Clocks.setLondon(suite, LocalDateTime.of(2025, 3, 26, 10, 0));
        at(notices, grace).header("Idempotency-Key", "issue-" + penalty).post("/notices/" + penalty + "/issue").then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("amount.amount", equalTo("3076320.00"))
                .body("issuedOn", equalTo("2025-03-26"))
                .body("paymentDueOn", equalTo("2025-04-22"));
        at(cases, alan).get("/cases/" + caseId).then().body("status", equalTo("DECIDED"));

        given().baseUri(notices).get("/register").then().statusCode(200)
                .body("items.find { it.id == '" + penalty + "' }.amount.amount", equalTo("3076320.00"));
        for (String service : new String[] { cases, notices, portal }) {
            at(service, alan).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        }
        String caseAudit = at(cases, alan).queryParam("limit", 200).get("/audit/events").asString();
        assertThat("the transitions notice-service made name the decision-maker", caseAudit,
                containsString(suite.subjectOf("grace")));
    }

    private static String noticeOfIntent(String caseId) {
        return """
                {"caseId":"%s","type":"NOTICE_OF_INTENT",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"},
                               {"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "calculation":{"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"tier":"STANDARD",
                   "seriousness":{"band":"HIGH","percent":"70","reason":"special category data of 82,946 people"},
                   "turnoverAdjustment":{"percent":"100","reason":"a large undertaking"},"factors":[],
                   "effectiveness":{"percent":"0","reason":"effective, proportionate and dissuasive"}},
                 "representationDays":21}""".formatted(caseId);
    }

    private static String penaltyNotice(String caseId) {
        return """
                {"caseId":"%s","type":"PENALTY_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"},
                               {"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "publicSummary":"Penalty for failing to secure health and care data of 79,404 people.",
                 "calculation":{"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"tier":"STANDARD",
                   "seriousness":{"band":"HIGH","percent":"52","reason":"cooperation with the NCSC, NCA and NHS"},
                   "turnoverAdjustment":{"percent":"85","reason":"position within the band"},"factors":[],
                   "effectiveness":{"percent":"0","reason":"effective, proportionate and dissuasive"}}}""".formatted(caseId);
    }
}
