package org.casework.notices.fee;

import static io.restassured.RestAssured.given;
import static org.casework.notices.fee.FeePenaltyFiles.csv;
import static org.casework.notices.fee.FeePenaltyFiles.feePaid;
import static org.casework.notices.fee.FeePenaltyFiles.penaltyNotice;
import static org.casework.notices.fee.FeePenaltyFiles.upload;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** One fixed penalty after its notice of intent: the penalty notice (DPA 2018 Sch 16), the fee or the penalty paid. */
@QuarkusTest
class FeePenaltyStepsApiTest {

    private static final String[] TABLES = { "fee_penalty", "audit_entry" };
    private static final String DM = "decision-maker-grace";

    @Inject
    TestClock clock;

    @BeforeEach
    void today() {
        // Friday 31 January 2025: representations until Thursday 20 February
        clock.setLondon(LocalDateTime.of(2025, 1, 31, 10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The ids of a new batch's penalties, for charge periods that began 1 April 2024. */
    private static List<String> noticesOfIntent(int count) {
        String batch = upload(csv(count, "2024-04-01")).then().statusCode(201).extract().path("id");
        return given().auth().oauth2(Tokens.auditor()).queryParam("batchId", batch).get("/fee-penalties").then()
                .statusCode(200).extract().path("items.id");
    }

    private static String state(String id) {
        return RowCounts.of(TABLES) + "/" + org.casework.testing.Sql.queryString(
                "select status || version from fee_penalty where id = ?", UUID.fromString(id));
    }

    @Test
    void aPenaltyNoticeWhileRepresentationsMayBeMadeIsRefusedCitingSch16Para3_4() {
        String id = noticesOfIntent(1).get(0);
        given().auth().oauth2(Tokens.caseworker()).get("/fee-penalties/" + id).then().statusCode(200)
                .body("status", equalTo("NOTICE_OF_INTENT_GIVEN"))
                .body("noticeOfIntentGivenOn", equalTo("2025-01-31"))
                .body("representationsDueOn", equalTo("2025-02-20"))
                .body("penaltyNoticeDeadline", equalTo("2025-07-30"))
                .body("amount.amount", equalTo("400.00"))
                .body("charge.amount", equalTo("40.00"))
                .body("statutoryMaximum.amount", equalTo("4350.00"));
        clock.setLondon(LocalDateTime.of(2025, 2, 20, 23, 30));
        String before = state(id);
        Response refused = Problems.assertProblem(penaltyNotice(Tokens.decisionMaker(DM), id), 409);
        assertThat(refused.jsonPath().getString("type"), containsString("representation-period-running"));
        assertThat(refused.jsonPath().getString("rule"), containsString("Sch 16 para 3(4)"));
        assertThat(state(id), equalTo(before));
    }

    @Test
    void thePenaltyNoticeTheDayAfterThePeriodIsGivenAndAudited() {
        String id = noticesOfIntent(1).get(0);
        clock.setLondon(LocalDateTime.of(2025, 2, 21, 9, 0));
        penaltyNotice(Tokens.decisionMaker(DM), id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("PENALTY_NOTICE_GIVEN"))
                .body("penaltyNoticeGivenOn", equalTo("2025-02-21"))
                .body("paymentDueOn", equalTo("2025-03-20"))
                .body("appealDueOn", equalTo("2025-03-21"));
        AuditEntries.Entry e = AuditEntries.exactlyOne(id, "fee-penalty.penalty-notice-given");
        assertThat(e.subject(), equalTo(DM));
        // given once: a second one is refused and changes nothing
        String before = state(id);
        Problems.assertProblem(penaltyNotice(Tokens.decisionMaker(DM), id), 409);
        Problems.assertProblem(feePaid(Tokens.caseworker(), id, "2025-02-21"), 409);
        assertThat(state(id), equalTo(before));
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType("application/json")
                .body("{\"paidOn\":\"2025-02-21\"}").post("/fee-penalties/" + id + "/penalty-paid").then()
                .statusCode(200).body("status", equalTo("PAID")).body("penaltyPaidOn", equalTo("2025-02-21"));
        AuditEntries.exactlyOne(id, "fee-penalty.penalty-paid");
    }

    /** Every entry of the public register, walked page by page: id → type. */
    private static java.util.Map<String, String> register() {
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        String after = null;
        for (int page = 0; page < 100; page++) {
            var request = given().queryParam("limit", 200);
            Response r = (after == null ? request : request.queryParam("after", after)).get("/register");
            r.then().statusCode(200);
            List<String> ids = r.path("items.id");
            List<String> types = r.path("items.type");
            for (int i = 0; i < ids.size(); i++) {
                entries.put(ids.get(i), types.get(i));
            }
            after = r.path("next");
            if (after == null) {
                break;
            }
        }
        return entries;
    }

    /** A penalty notice is published unless there is a good reason not to, recorded (DESIGN §2); never a notice of intent. */
    @Test
    void aFixedPenaltysPenaltyNoticeIsOnTheRegisterUnlessWithheldWithItsReason() {
        String id = noticesOfIntent(1).get(0);
        assertThat("a notice of intent is never published", register().containsKey(id), equalTo(false));
        clock.setLondon(LocalDateTime.of(2025, 2, 21, 9, 0));
        penaltyNotice(Tokens.decisionMaker(DM), id).then().statusCode(200).body("publish", equalTo(true));
        assertThat(register().get(id), equalTo("FIXED_PENALTY_NOTICE"));

        String before = state(id);
        Response noReason = Problems.assertProblem(publication(Tokens.decisionMaker(DM), id, "{\"publish\":false}"), 422);
        assertThat(noReason.jsonPath().getString("errors[0].field"), equalTo("withheldReason"));
        Problems.assertProblem(publication(Tokens.caseworker(), id,
                "{\"publish\":false,\"withheldReason\":\"x\"}"), 403);
        Problems.assertProblem(publication(Tokens.decisionMaker(DM), id, "{\"publish\":\"perhaps\"}"), 400);
        assertThat(state(id), equalTo(before));

        publication(Tokens.decisionMaker(DM), id, "{\"publish\":false,\"withheldReason\":\"The sole trader is "
                + "seriously ill; publishing would be disproportionate\"}").then().statusCode(200)
                .body("publish", equalTo(false)).body("withheldReason", containsString("seriously ill"));
        assertThat(register().containsKey(id), equalTo(false));
        assertThat(AuditEntries.exactlyOne(id, "fee-penalty.publication-set").subject(), equalTo(DM));
        publication(Tokens.decisionMaker(DM), id, "{\"publish\":true}").then().statusCode(200)
                .body("withheldReason", org.hamcrest.Matchers.nullValue());
        assertThat(register().get(id), equalTo("FIXED_PENALTY_NOTICE"));
    }

    private static Response publication(String token, String id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/fee-penalties/" + id + "/publication");
    }

    @Test
    void theFeePaidDuringTheNoticeOfIntentWithdrawsItAndIsAudited() {
        String id = noticesOfIntent(1).get(0);
        clock.setLondon(LocalDateTime.of(2025, 2, 10, 9, 0));
        feePaid(Tokens.caseworker("caseworker-ada"), id, "2025-02-07").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("feePaidOn", equalTo("2025-02-07"));
        assertThat(AuditEntries.exactlyOne(id, "fee-penalty.fee-paid").subject(), equalTo("caseworker-ada"));
        clock.setLondon(LocalDateTime.of(2025, 3, 1, 9, 0));
        Problems.assertProblem(penaltyNotice(Tokens.decisionMaker(DM), id), 409);
        given().auth().oauth2(Tokens.auditor()).queryParam("status", "WITHDRAWN").queryParam("limit", 200)
                .get("/fee-penalties").then().statusCode(200);
    }

    @Test
    void eachStepIsRefusedToRolesThatMayNotTakeItAndChangesNothing() {
        String id = noticesOfIntent(1).get(0);
        clock.setLondon(LocalDateTime.of(2025, 2, 21, 9, 0));
        String before = state(id);
        for (String token : List.of(Tokens.caseworker(), Tokens.auditor(), Tokens.orgRepresentative("org-nhs-supplier"))) {
            Problems.assertProblem(penaltyNotice(token, id), 403);
        }
        for (String token : List.of(Tokens.auditor(), Tokens.orgRepresentative("org-nhs-supplier"), Tokens.service())) {
            Problems.assertProblem(feePaid(token, id, "2025-02-20"), 403);
        }
        for (String path : List.of("/fee-penalties", "/fee-penalties/" + id, "/fee-penalties/batches/" + UUID.randomUUID())) {
            Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier")).get(path), 403);
            Problems.assertProblem(given().get(path), 401);
        }
        assertThat(state(id), equalTo(before));
    }

    @Test
    void badInputIsAProblemThatChangesNothing() {
        String id = noticesOfIntent(1).get(0);
        clock.setLondon(LocalDateTime.of(2025, 2, 10, 9, 0));
        String before = state(id);
        String cw = Tokens.caseworker();
        Problems.assertProblem(feePaid(cw, id, "10/02/2025"), 400);
        Problems.assertProblem(feePaid(cw, id, "2025-02-11"), 422);
        Problems.assertProblem(feePaid(cw, id, "2024-03-31"), 422);
        Problems.assertProblem(given().auth().oauth2(cw).contentType("application/json").body("{}")
                .post("/fee-penalties/" + id + "/fee-paid"), 400);
        // a stale If-Match: 412, nothing changed
        Problems.assertProblem(given().auth().oauth2(cw).header("If-Match", "\"7\"").contentType("application/json")
                .body("{\"paidOn\":\"2025-02-07\"}").post("/fee-penalties/" + id + "/fee-paid"), 412);
        Problems.assertProblem(feePaid(cw, UUID.randomUUID(), "2025-02-07"), 404);
        Problems.assertProblem(feePaid(cw, "not-a-uuid", "2025-02-07"), 404);
        Problems.assertProblem(penaltyNotice(Tokens.decisionMaker(), UUID.randomUUID()), 404);
        Problems.assertProblem(given().auth().oauth2(cw).get("/fee-penalties/batches/" + UUID.randomUUID()), 404);
        Problems.assertProblem(given().auth().oauth2(cw).queryParam("status", "FINED").get("/fee-penalties"), 400);
        Problems.assertProblem(given().auth().oauth2(cw).queryParam("batchId", "x").get("/fee-penalties"), 400);
        Problems.assertProblem(given().auth().oauth2(cw).queryParam("after", "garbage").get("/fee-penalties"), 400);
        Problems.assertProblem(given().auth().oauth2(cw).queryParam("limit", "201").get("/fee-penalties"), 400);
        assertThat(state(id), equalTo(before));
    }
}
