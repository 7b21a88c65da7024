package org.casework.notices.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The regulator's other amendments of a notice are events of the notice, each written with its change and valid
 * against its schema: a draft revised, a settlement, a later penalty-notice deadline agreed (DPA 2018 Sch 16 para
 * 2(3)), the publication decision; ids, references, dates and amounts only (never a reason, the agreement's evidence
 * or who agreed); and a refused amendment records none.
 */
@QuarkusTest
class AmendmentEventsTest {

    private static final String GRACE = "decision-maker-grace";
    private static final String SETTLEMENT = "{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}";
    private static final String WITHHELD = "{\"publish\":false,\"withheldReason\":\"A criminal investigation is under way\"}";

    private static UUID penaltyDraft() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-someone");
        return NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
    }

    private static Response asDecisionMaker(String body, String method, String path) {
        var request = given().auth().oauth2(Tokens.decisionMaker(GRACE)).contentType(ContentType.JSON).body(body);
        return method.equals("PUT") ? request.put(path) : request.post(path);
    }

    private static String extension(LocalDate agreedUntil) {
        return "{\"agreedUntil\":\"" + agreedUntil + "\",\"reason\":\"Agreed with the group's solicitors\","
                + "\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"" + LocalDate.now(ZoneId.of("Europe/London"))
                + "\",\"evidence\":\"Letter ref ACS/ICO/12\"}";
    }

    private static String all(UUID notice) {
        return EventRows.of(NoticeEvents.AGGREGATE, notice).stream().map(OutboxRow::data).toList().toString();
    }

    @Test
    void revisingADraftRecordsItsEventAndARevisionRefusedForItsVersionNone() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-someone");
        Response drafted = NoticeApi.draft(NoticeRequests.noticeOfIntent(caseId));
        UUID noi = UUID.fromString(drafted.path("id"));
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType("application/merge-patch+json")
                .header("If-Match", "\"999\"").body("{\"reasons\":\"Stale\"}").patch("/notices/" + noi)
                .then().statusCode(412);
        assertThat(EventRows.types(NoticeEvents.AGGREGATE, noi), contains(NoticeEvents.DRAFTED));

        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType("application/merge-patch+json")
                .header("If-Match", drafted.header("ETag")).body("{\"reasons\":\"Revised reasons\"}")
                .patch("/notices/" + noi).then().statusCode(200);

        assertThat(EventRows.types(NoticeEvents.AGGREGATE, noi), contains(NoticeEvents.DRAFTED, AmendmentEvents.REVISED));
        JsonNode revised = EventRows.only(NoticeEvents.AGGREGATE, noi, AmendmentEvents.REVISED);
        assertThat(revised.path("caseId").asText(), equalTo(caseId.toString()));
        assertThat(revised.path("noticeType").asText(), equalTo("NOTICE_OF_INTENT"));
        assertThat(all(noi), not(containsString("Revised reasons")));
    }

    @Test
    void settlingAndDecidingThePublicationOfADraftPenaltyNoticeRecordTheirEventsWithoutTheReasons() {
        UUID penalty = penaltyDraft();
        asDecisionMaker(SETTLEMENT, "POST", "/notices/" + penalty + "/settlement").then().statusCode(200);
        asDecisionMaker(WITHHELD, "PUT", "/notices/" + penalty + "/publication").then().statusCode(200);

        assertThat(EventRows.types(NoticeEvents.AGGREGATE, penalty), contains(NoticeEvents.DRAFTED,
                AmendmentEvents.SETTLED, AmendmentEvents.PUBLICATION_SET));
        JsonNode settled = EventRows.only(NoticeEvents.AGGREGATE, penalty, AmendmentEvents.SETTLED);
        String amount = NoticeApi.read(penalty).then().statusCode(200).extract().path("amount.amount");
        assertThat(settled.path("amount").asText(), equalTo(amount));
        assertThat(settled.path("discountPercent").asText(), equalTo("20"));
        assertThat(settled.path("stage").asText(), equalTo("AFTER_REPRESENTATIONS"));
        assertThat(settled.path("appealWaived").asBoolean(), equalTo(true));
        JsonNode publication = EventRows.only(NoticeEvents.AGGREGATE, penalty, AmendmentEvents.PUBLICATION_SET);
        assertThat(publication.path("published").asBoolean(), equalTo(false));
        assertThat(all(penalty), not(containsString("criminal")));
        assertThat(all(penalty), not(containsString("waives")));
    }

    @Test
    void aLaterPenaltyNoticeDeadlineAgreedOnAnIssuedNoticeOfIntentIsAnEventWithItsDatesOnly() {
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        LocalDate until = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(8);
        asDecisionMaker(extension(until), "POST", "/notices/" + noi + "/deadline-extension").then().statusCode(200);

        assertThat(EventRows.types(NoticeEvents.AGGREGATE, noi), contains(NoticeEvents.DRAFTED, NoticeEvents.ISSUED,
                NoticeEvents.GIVEN, AmendmentEvents.DEADLINE_EXTENDED));
        JsonNode extended = EventRows.only(NoticeEvents.AGGREGATE, noi, AmendmentEvents.DEADLINE_EXTENDED);
        assertThat(extended.path("penaltyNoticeDueBy").asText(), equalTo(until.toString()));
        assertThat(extended.path("agreedOn").asText(), equalTo(LocalDate.now(ZoneId.of("Europe/London")).toString()));
        assertThat(all(noi), not(containsString("Jane Smith")));
        assertThat(all(noi), not(containsString("ACS/ICO/12")));
        assertThat(all(noi), not(containsString("solicitors")));
    }

    @Test
    void anAmendmentRefusedForTheNoticeItIsAskedOfRecordsNoEvent() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-someone");
        UUID draftNoi = NoticeApi.drafted(NoticeRequests.noticeOfIntent(caseId));
        asDecisionMaker(SETTLEMENT, "POST", "/notices/" + draftNoi + "/settlement").then().statusCode(409);
        asDecisionMaker(WITHHELD, "PUT", "/notices/" + draftNoi + "/publication").then().statusCode(409);
        asDecisionMaker(extension(LocalDate.now(ZoneId.of("Europe/London")).plusMonths(8)), "POST",
                "/notices/" + draftNoi + "/deadline-extension").then().statusCode(409);
        assertThat(EventRows.types(NoticeEvents.AGGREGATE, draftNoi), contains(NoticeEvents.DRAFTED));

        UUID penalty = penaltyDraft();
        // above the stage's discount (422), the appeal not waived (400)
        asDecisionMaker("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"25\",\"appealWaived\":true}", "POST",
                "/notices/" + penalty + "/settlement").then().statusCode(422);
        asDecisionMaker("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":false}", "POST",
                "/notices/" + penalty + "/settlement").then().statusCode(400);
        asDecisionMaker("{\"publish\":false}", "PUT", "/notices/" + penalty + "/publication").then()
                .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        assertThat(EventRows.types(NoticeEvents.AGGREGATE, penalty), contains(NoticeEvents.DRAFTED));
    }

    @Test
    void everyAmendmentTypeIsListedAmongTheTypesTheServiceEmits() {
        assertThat(NoticeEvents.TYPES.containsAll(List.of(AmendmentEvents.REVISED, AmendmentEvents.SETTLED,
                AmendmentEvents.DEADLINE_EXTENDED, AmendmentEvents.PUBLICATION_SET)), equalTo(true));
    }
}
