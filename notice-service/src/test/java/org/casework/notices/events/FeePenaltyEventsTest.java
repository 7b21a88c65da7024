package org.casework.notices.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.fee.FeePenaltyFiles;
import org.casework.testing.Problems;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A fixed penalty for an unpaid charge tells its steps after the notice of intent: its penalty notice given, the
 * charge or the penalty paid, its publication decided; an upload is one event of its batch; each event written with
 * the step and valid against its schema, none for a refused step.
 */
@QuarkusTest
class FeePenaltyEventsTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<UUID> noticesOfIntent(int count) {
        String batch = FeePenaltyFiles.upload(FeePenaltyFiles.csv(count, "2024-04-01")).then().statusCode(201)
                .extract().path("id");
        return given().auth().oauth2(Tokens.auditor()).queryParam("batchId", batch).get("/fee-penalties").then()
                .statusCode(200).extract().<List<String>>path("items.id").stream().map(UUID::fromString).toList();
    }

    private static void post(UUID id, String step, String body) {
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType("application/json").body(body)
                .post("/fee-penalties/" + id + "/" + step).then().statusCode(200);
    }

    @Test
    void aPenaltyNoticeGivenAndPaidAndAChargePaidInTimeAreEventsOfTheirPenalty() {
        clock.setLondon(LocalDateTime.of(2025, 1, 31, 10, 0));
        List<UUID> ids = noticesOfIntent(2);
        UUID penalised = ids.get(0);
        UUID withdrawn = ids.get(1);
        // the upload's notices of intent are not events one by one
        assertThat(EventRows.types(FeePenaltyEvents.AGGREGATE, penalised), equalTo(List.of()));

        clock.setLondon(LocalDateTime.of(2025, 2, 7, 10, 0));
        post(withdrawn, "fee-paid", "{\"paidOn\":\"2025-02-07\"}");
        clock.setLondon(LocalDateTime.of(2025, 2, 21, 9, 0));
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .post("/fee-penalties/" + penalised + "/penalty-notice").then().statusCode(200);
        post(penalised, "penalty-paid", "{\"paidOn\":\"2025-02-21\"}");

        assertThat(EventRows.types(FeePenaltyEvents.AGGREGATE, penalised),
                contains(FeePenaltyEvents.PENALTY_NOTICE_GIVEN, FeePenaltyEvents.PENALTY_PAID));
        JsonNode notice = EventRows.only(FeePenaltyEvents.AGGREGATE, penalised, FeePenaltyEvents.PENALTY_NOTICE_GIVEN);
        String amount = given().auth().oauth2(Tokens.auditor()).get("/fee-penalties/" + penalised).then().statusCode(200)
                .extract().path("amount.amount");
        assertThat(notice.path("amount").asText(), equalTo(amount));
        assertThat(notice.path("givenOn").asText(), equalTo("2025-02-21"));
        assertThat(notice.path("paymentDueOn").asText(), equalTo("2025-03-20"));
        assertThat(notice.path("appealDueOn").asText(), equalTo("2025-03-21"));
        assertThat(notice.has("organisationName"), equalTo(false));
        JsonNode paid = EventRows.only(FeePenaltyEvents.AGGREGATE, penalised, FeePenaltyEvents.PENALTY_PAID);
        assertThat(paid.path("penaltyPaidOn").asText(), equalTo("2025-02-21"));
        JsonNode feePaid = EventRows.only(FeePenaltyEvents.AGGREGATE, withdrawn, FeePenaltyEvents.FEE_PAID);
        assertThat(feePaid.path("status").asText(), equalTo("WITHDRAWN"));
        assertThat(feePaid.path("feePaidOn").asText(), equalTo("2025-02-07"));
    }

    @Test
    void aPenaltyNoticeRefusedWhileRepresentationsMayBeMadeRecordsNoEvent() {
        clock.setLondon(LocalDateTime.of(2025, 1, 31, 10, 0));
        UUID id = noticesOfIntent(1).get(0);
        clock.setLondon(LocalDateTime.of(2025, 2, 20, 23, 30));
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .post("/fee-penalties/" + id + "/penalty-notice"), 409);
        assertThat(EventRows.types(FeePenaltyEvents.AGGREGATE, id), equalTo(List.of()));
    }

    @Test
    void anUploadIsOneEventOfItsBatchWithItsCountsAndTheFilesHashAndARefusedUploadIsNone() {
        clock.setLondon(LocalDateTime.of(2025, 1, 31, 10, 0));
        byte[] file = FeePenaltyFiles.csv(3, "2024-04-01");
        UUID batch = UUID.fromString(FeePenaltyFiles.upload(file).then().statusCode(201).extract().path("id"));

        assertThat(EventRows.types(FeePenaltyEvents.BATCH_AGGREGATE, batch), contains(FeePenaltyEvents.BATCH_CREATED));
        JsonNode created = EventRows.only(FeePenaltyEvents.BATCH_AGGREGATE, batch, FeePenaltyEvents.BATCH_CREATED);
        assertThat(created.path("rowsRead").asInt(), equalTo(3));
        assertThat(created.path("rowsCreated").asInt(), equalTo(3));
        assertThat(created.path("rowsRejected").asInt(), equalTo(0));
        assertThat(created.path("givenOn").asText(), equalTo("2025-01-31"));
        assertThat(created.path("fileSha256").asText(), equalTo(org.casework.platform.digest.Sha256.hex(file)));
        assertThat(created.toString().contains("unpaid-fees.csv") || created.toString().contains("Organisation 0"),
                equalTo(false));

        // the same charges again: every one is penalised already, nothing is created and nothing is told
        long batches = Sql.queryLong("select count(*) from outbox_event where type = ?", FeePenaltyEvents.BATCH_CREATED);
        Problems.assertProblem(FeePenaltyFiles.upload(file), 422);
        assertThat(Sql.queryLong("select count(*) from outbox_event where type = ?", FeePenaltyEvents.BATCH_CREATED),
                equalTo(batches));
    }

    @Test
    void thePublicationDecisionOnAFixedPenaltyIsAnEventWithoutItsReasonAndARefusedOneIsNone() {
        clock.setLondon(LocalDateTime.of(2025, 1, 31, 10, 0));
        UUID id = noticesOfIntent(1).get(0);
        clock.setLondon(LocalDateTime.of(2025, 2, 21, 9, 0));
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .post("/fee-penalties/" + id + "/penalty-notice").then().statusCode(200);
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace"))
                .contentType("application/json").body("{\"publish\":false}").put("/fee-penalties/" + id + "/publication"), 422);
        assertThat(EventRows.types(FeePenaltyEvents.AGGREGATE, id), contains(FeePenaltyEvents.PENALTY_NOTICE_GIVEN));

        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType("application/json")
                .body("{\"publish\":false,\"withheldReason\":\"The sole trader is seriously ill\"}")
                .put("/fee-penalties/" + id + "/publication").then().statusCode(200);

        assertThat(EventRows.types(FeePenaltyEvents.AGGREGATE, id),
                contains(FeePenaltyEvents.PENALTY_NOTICE_GIVEN, FeePenaltyEvents.PUBLICATION_SET));
        JsonNode set = EventRows.only(FeePenaltyEvents.AGGREGATE, id, FeePenaltyEvents.PUBLICATION_SET);
        assertThat(set.path("published").asBoolean(), equalTo(false));
        assertThat(set.toString().contains("seriously ill"), equalTo(false));
    }
}
