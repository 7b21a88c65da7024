package org.casework.notices.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.InvestigatoryRequests;
import org.casework.notices.NoticeApi;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * What follows an issued information notice (DPA 2018 s.143, s.145, s.155(1)(b)) is told as events of the notice, each
 * written with its change and valid against its schema: a court step of an information order, a restriction claimed
 * and the regulator's view on it, a failure to comply recorded; the grounds, outcomes and dates only, never a
 * statement, a note or the failure's description; and a refused step records none.
 */
@QuarkusTest
class InvestigatoryEventsTest {

    private static final String ORG = "org-nhs-supplier";
    private static final String FINDING = """
            {"failure":"The remote-access logs and the MFA policy were not provided.","periodEndedOn":"2024-09-05",
             "note":"Nothing was received by the end of 5 September.","noAppealPending":true}""";

    @Inject
    TestClock clock;

    UUID notice;

    @BeforeEach
    void issuedInformationNotice() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        notice = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        NoticeApi.issue(notice).then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Response order(String body) {
        return given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON).body(body)
                .post("/notices/" + notice + "/information-orders");
    }

    private String all() {
        return EventRows.of(NoticeEvents.AGGREGATE, notice).stream().map(OutboxRow::data).toList().toString();
    }

    @Test
    void aRestrictionClaimedAndTheRegulatorsViewOnItAreEventsWithTheGroundAndTheOutcomeOnly() {
        String claim = given().auth().oauth2(Tokens.orgRepresentative(ORG)).contentType(ContentType.JSON)
                .body("{\"ground\":\"LEGAL_ADVICE_PRIVILEGE\",\"statement\":\"Item 2 is our solicitors' advice.\"}")
                .post("/portal/issued-notices/" + notice + "/restriction-claims").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON)
                .body("{\"accepted\":true,\"note\":\"Privileged; item 2 is withdrawn.\"}")
                .post("/restriction-claims/" + claim + "/view").then().statusCode(200);
        // a second view is refused: nothing more is told
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"accepted\":false,\"note\":\"Changed our mind.\"}").post("/restriction-claims/" + claim + "/view")
                .then().statusCode(409);

        assertThat(EventRows.types(NoticeEvents.AGGREGATE, notice), contains(NoticeEvents.DRAFTED, NoticeEvents.ISSUED,
                NoticeEvents.GIVEN, InvestigatoryEvents.RESTRICTION_CLAIMED, InvestigatoryEvents.RESTRICTION_VIEWED));
        JsonNode claimed = EventRows.only(NoticeEvents.AGGREGATE, notice, InvestigatoryEvents.RESTRICTION_CLAIMED);
        assertThat(claimed.path("claimId").asText(), equalTo(claim));
        assertThat(claimed.path("ground").asText(), equalTo("LEGAL_ADVICE_PRIVILEGE"));
        assertThat(claimed.path("organisationId").asText(), equalTo(ORG));
        JsonNode viewed = EventRows.only(NoticeEvents.AGGREGATE, notice, InvestigatoryEvents.RESTRICTION_VIEWED);
        assertThat(viewed.path("accepted").asBoolean(), equalTo(true));
        assertThat(viewed.path("reference").asText(), equalTo(claimed.path("reference").asText()));
        assertThat(all(), not(containsString("solicitors")));
        assertThat(all(), not(containsString("withdrawn")));
    }

    @Test
    void eachCourtStepOfAnInformationOrderIsAnEventAndAStepOutOfRangeIsNone() {
        clock.setLondon(LocalDateTime.of(2024, 9, 20, 10, 0));
        order("{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-06\"}").then().statusCode(422);
        order("{\"stage\":\"APPLIED\",\"court\":\"High Court, King's Bench Division\",\"on\":\"2024-09-19\"}")
                .then().statusCode(201);
        order("{\"stage\":\"MADE\",\"court\":\"High Court, King's Bench Division\",\"on\":\"2024-09-20\","
                + "\"courtReference\":\"KB-2024-001234\",\"note\":\"Order sealed; copy on file.\"}").then().statusCode(201);

        assertThat(EventRows.types(NoticeEvents.AGGREGATE, notice), contains(NoticeEvents.DRAFTED, NoticeEvents.ISSUED,
                NoticeEvents.GIVEN, InvestigatoryEvents.ORDER_STEP_RECORDED, InvestigatoryEvents.ORDER_STEP_RECORDED));
        EventRows.conforms(EventRows.of(NoticeEvents.AGGREGATE, notice));
        assertThat(all(), containsString("\"courtReference\": \"KB-2024-001234\""));
        assertThat(all(), containsString("\"stageOn\": \"2024-09-19\""));
        assertThat(all(), not(containsString("sealed")));
    }

    @Test
    void aFailureToComplyRecordedAfterThePeriodIsAnEventWithItsDatesAndOneRecordedTooEarlyIsNone() {
        clock.setLondon(LocalDateTime.of(2024, 9, 5, 16, 0));
        String tag = NoticeApi.read(notice).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON).header("If-Match", tag)
                .header("Idempotency-Key", "nc-early-" + notice).body(FINDING.replace("2024-09-05", "2024-09-04"))
                .post("/notices/" + notice + "/non-compliance").then().statusCode(422);
        assertThat(EventRows.types(NoticeEvents.AGGREGATE, notice), contains(NoticeEvents.DRAFTED, NoticeEvents.ISSUED,
                NoticeEvents.GIVEN));

        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON).header("If-Match", tag)
                .header("Idempotency-Key", "nc-" + notice).body(FINDING)
                .post("/notices/" + notice + "/non-compliance").then().statusCode(201);

        JsonNode recorded = EventRows.only(NoticeEvents.AGGREGATE, notice, InvestigatoryEvents.NON_COMPLIANCE_RECORDED);
        assertThat(recorded.path("periodEndedOn").asText(), equalTo("2024-09-05"));
        assertThat(recorded.path("noticeType").asText(), equalTo("INFORMATION_NOTICE"));
        assertThat(recorded.path("appealEndedOn").isNull(), equalTo(true));
        assertThat(all(), not(containsString("remote-access logs")));
        assertThat(all(), not(containsString("Nothing was received")));
    }
}
