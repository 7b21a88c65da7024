package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A penalty for failing to comply with a notice (DPA 2018 s.155(1)(b)), always on the higher maximum (s.157(4)): on
 * the reference case, an information notice given on 7 August 2024 requires the remote-access logs within 30 days
 * (by 5 September, the day after the appeal period: s.142(5)); nothing comes, ada records the non-compliance on
 * 10 September, and the notice of intent and the penalty notice that follow rest on it, on the higher maximum.
 */
class NonCompliancePenaltyIT {

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
    void anInformationNoticeNotCompliedWithLeadsToAPenaltyForNonCompliance() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(LocalDateTime.of(2024, 8, 1, 10, 0));

        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 7, 10, 0));
        String information = at(r.notices, r.ada).contentType(ContentType.JSON).body(informationNotice(caseId))
                .post("/notices").then().statusCode(201).extract().path("id");
        Response given = at(r.notices, r.grace).header("Idempotency-Key", "issue-" + information)
                .post("/notices/" + information + "/issue");
        given.then().statusCode(200).body("status", equalTo("ISSUED")).body("requiredBy", equalTo("2024-09-05"));
        String reference = given.path("reference");
        assertEquals("INVESTIGATING", r.caseStatus(caseId), "an information notice leaves the case where it is");

        // on the last day for the information nothing can be recorded yet; on 10 September it can, once
        String finding = """
                {"failure":"The remote-access logs for August 2022 and the MFA policy were not provided.",
                 "periodEndedOn":"2024-09-05","note":"Nothing received; no restriction claimed.","noAppealPending":true}""";
        Clocks.setLondon(suite, LocalDateTime.of(2024, 9, 5, 16, 0));
        recordNonCompliance(r, information, "nc-early-" + information, finding).then().statusCode(422)
                .body("type", endsWith("compliance-period-running"));
        Clocks.setLondon(suite, LocalDateTime.of(2024, 9, 10, 10, 0));
        recordNonCompliance(r, information, "nc-" + information, finding).then().statusCode(201)
                .body("nonCompliance.periodEndedOn", equalTo("2024-09-05"));
        recordNonCompliance(r, information, "nc-again-" + information, finding).then().statusCode(409)
                .body("type", endsWith("non-compliance-recorded"));

        // the notice of intent for failing to comply: never on the standard maximum
        String standard = noticeOfIntent(caseId, information, "STANDARD");
        at(r.notices, r.ada).contentType(ContentType.JSON).body(standard).post("/notices").then().statusCode(422)
                .body("type", endsWith("higher-maximum-required")).body("rule", equalTo("DPA 2018 s.157(4)"));
        String noi = at(r.notices, r.ada).contentType(ContentType.JSON).body(noticeOfIntent(caseId, information, "HIGHER"))
                .post("/notices").then().statusCode(201).extract().path("id");
        Clocks.setLondon(suite, LocalDateTime.of(2024, 9, 12, 10, 0));
        at(r.notices, r.grace).header("Idempotency-Key", "issue-" + noi).post("/notices/" + noi + "/issue").then()
                .statusCode(200).body("status", equalTo("ISSUED"))
                // £17.5m (the higher fixed maximum: turnover £300m is below £437.5m) × 70 % × 100 %
                .body("amount.amount", equalTo("12250000.00"))
                .body("calculation.maximum.tier", equalTo("HIGHER"))
                .body("failureToComply.reference", equalTo(reference))
                .body("failureToComply.givenOn", equalTo("2024-08-07"))
                .body("representationsDueOn", equalTo("2024-10-02"));
        assertEquals("NOTICE_OF_INTENT_ISSUED", r.caseStatus(caseId));
        Eventually.windowOpen(suite, r.betty, noi);

        // after the representations period (none made), the penalty notice: it takes the basis, and the higher maximum
        Clocks.setLondon(suite, LocalDateTime.of(2024, 10, 3, 10, 0));
        at(r.notices, r.ada).contentType(ContentType.JSON).body(ReferenceSteps.penaltyNotice(caseId)).post("/notices")
                .then().statusCode(422).body("type", endsWith("higher-maximum-required"));
        String penalty = at(r.notices, r.ada).contentType(ContentType.JSON)
                .body(ReferenceSteps.penaltyNotice(caseId).replace("\"tier\":\"STANDARD\"", "\"tier\":\"HIGHER\""))
                .post("/notices").then().statusCode(201).body("noticeOfIntentId", equalTo(noi))
                .body("failureToComply.reference", equalTo(reference)).extract().path("id");
        at(r.notices, r.grace).header("Idempotency-Key", "issue-" + penalty).post("/notices/" + penalty + "/issue").then()
                .statusCode(200).body("status", equalTo("ISSUED"))
                // £17.5m × 52 % × 85 %
                .body("amount.amount", equalTo("7735000.00"))
                .body("failureToComply.maximumTier", equalTo("HIGHER"))
                .body("paymentDueOn", equalTo("2024-10-30"));
        assertEquals("DECIDED", r.caseStatus(caseId));

        at(r.notices, r.alan).get("/notices/" + information + "/non-compliance").then().statusCode(200)
                .body("[0].recordedBy", equalTo(suite.subjectOf("ada")));
        r.assertAuditChainsValid();
        r.awaitAudited(r.notices, List.of(information), "notice.issued", "notice.non-compliance-recorded",
                "notice.non-compliance-read");
    }

    private static Response recordNonCompliance(ReferenceSteps r, String notice, String key, String body) {
        String tag = at(r.notices, r.ada).get("/notices/" + notice).then().statusCode(200).extract().header("ETag");
        return at(r.notices, r.ada).contentType(ContentType.JSON).header("If-Match", tag).header("Idempotency-Key", key)
                .body(body).post("/notices/" + notice + "/non-compliance");
    }

    static String informationNotice(String caseId) {
        return """
                {"caseId":"%s","type":"INFORMATION_NOTICE",
                 "recipients":[{"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"To investigate the suspected failure to secure a customer remote-access account (s.149(2)).",
                 "information":{"basis":"SUSPECTED_FAILURE_OR_OFFENCE",
                   "information":"The remote-access logs for August 2022 and the MFA policy then in force.",
                   "form":"CSV files and PDF documents by secure transfer","complianceDays":30,"urgent":false}}"""
                .formatted(caseId);
    }

    private static String noticeOfIntent(String caseId, String failedNotice, String tier) {
        return ReferenceSteps.noticeOfIntent(caseId).replace("\"tier\":\"STANDARD\"", "\"tier\":\"" + tier + "\"")
                .replace("\"representationDays\":21", "\"representationDays\":21,\"failureToComplyWith\":\"" + failedNotice
                        + "\"");
    }
}
