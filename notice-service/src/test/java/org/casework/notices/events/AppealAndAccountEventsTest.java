package org.casework.notices.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.Penalties;
import org.casework.testing.Problems;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An appeal, its outcome and an onward appeal, and what is recorded on a penalty's account, are each one event of
 * the notice, written with the change and valid against its schema; a refused change writes none. The events carry
 * references, dates and amounts, never the grounds, the tribunal's note or the reasons given.
 */
@QuarkusTest
class AppealAndAccountEventsTest {

    private static final String NOTICE = NoticeEvents.AGGREGATE;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response post(String path, String body) {
        return given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).body(body).post(path);
    }

    private static List<String> appealTypes(UUID noticeId) {
        return EventRows.types(NOTICE, noticeId).stream().filter(t -> t.contains(".appeal.")).toList();
    }

    @Test
    void anAppealItsVariedOutcomeAndAnOnwardAppealAreEventsOfTheNoticeInTheirOrder() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        clock.setLondon(LocalDateTime.of(2024, 9, 20, 10, 0));
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        UUID appeal = UUID.fromString(post("/notices/" + penalty + "/appeals", "{\"lodgedOn\":\"2024-09-10\","
                + "\"tribunalReference\":\"EA/2024/0123\",\"grounds\":\"The amount is disproportionate\"}")
                .then().statusCode(201).extract().path("id"));
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        post("/appeals/" + appeal + "/outcome", "{\"outcome\":\"VARIED\",\"decidedOn\":\"2024-09-19\",\"note\":"
                + "\"Reduced for the containment\",\"amount\":{\"amount\":\"3000000.00\",\"currency\":\"GBP\"},"
                + "\"paymentDays\":56}").then().statusCode(200);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        post("/appeals/" + appeal + "/onward-appeal", "{\"lodgedOn\":\"2024-09-20\",\"court\":\"UPPER_TRIBUNAL\","
                + "\"reference\":\"UA-2024-000123-GIA\",\"note\":\"Point of law\"}").then().statusCode(200);
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        post("/appeals/" + appeal + "/onward-appeal/outcome", "{\"decidedOn\":\"2024-09-20\",\"note\":\"Refused\"}")
                .then().statusCode(200);

        List<String> types = EventRows.types(NOTICE, penalty);
        assertThat(types.subList(3, types.size()), contains(AppealEvents.LODGED, NoticeEvents.VARIED,
                AppealEvents.DECIDED, AppealEvents.ONWARD_LODGED, AppealEvents.ONWARD_DECIDED));
        EventRows.conforms(EventRows.of(NOTICE, penalty));

        JsonNode lodged = EventRows.only(NOTICE, penalty, AppealEvents.LODGED);
        assertThat(lodged.path("appealId").asText(), equalTo(appeal.toString()));
        assertThat(lodged.path("tribunalReference").asText(), equalTo("EA/2024/0123"));
        assertThat(lodged.path("lodgedOn").asText(), equalTo("2024-09-10"));
        assertThat(lodged.path("lateAppealAdmitted").asBoolean(), equalTo(false));
        JsonNode decided = EventRows.only(NOTICE, penalty, AppealEvents.DECIDED);
        assertThat(decided.path("outcome").asText(), equalTo("VARIED"));
        assertThat(decided.path("amount").asText(), equalTo("3000000.00"));
        assertThat(decided.path("paymentDays").asInt(), equalTo(56));
        JsonNode onward = EventRows.only(NOTICE, penalty, AppealEvents.ONWARD_DECIDED);
        assertThat(onward.path("court").asText(), equalTo("UPPER_TRIBUNAL"));
        assertThat(onward.path("onwardReference").asText(), equalTo("UA-2024-000123-GIA"));
        // the grounds, the tribunal's note and the onward notes stay in notice-service
        String all = EventRows.of(NOTICE, penalty).toString();
        assertThat(all, not(containsString("disproportionate")));
        assertThat(all, not(containsString("containment")));
        assertThat(all, not(containsString("Point of law")));
    }

    @Test
    void aRefusedAppealOrOutcomeRecordsNoEvent() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        clock.setLondon(LocalDateTime.of(2024, 9, 20, 10, 0));
        // lodged tomorrow: refused before anything moves
        Problems.assertProblem(post("/notices/" + penalty + "/appeals", "{\"lodgedOn\":\"2024-09-21\","
                + "\"tribunalReference\":\"EA/2024/0124\",\"grounds\":\"Too high\"}"), 422);
        assertThat(appealTypes(penalty), equalTo(List.of()));

        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        UUID appeal = UUID.fromString(post("/notices/" + penalty + "/appeals", "{\"lodgedOn\":\"2024-09-10\","
                + "\"tribunalReference\":\"EA/2024/0124\",\"grounds\":\"Too high\"}")
                .then().statusCode(201).extract().path("id"));
        // a variation that changes nothing is refused: no outcome, no event
        Problems.assertProblem(post("/appeals/" + appeal + "/outcome",
                "{\"outcome\":\"VARIED\",\"decidedOn\":\"2024-09-19\",\"note\":\"x\"}"), 422);
        assertThat(appealTypes(penalty), contains(AppealEvents.LODGED));
    }

    @Test
    void aPaymentAPlanAndAReferralAreEventsOfTheNoticeWithTheirAmountsAsDecimalText() {
        LocalDate givenOn = LocalDate.of(2025, 3, 26);
        clock.setLondon(LocalDateTime.of(2025, 4, 10, 10, 0));
        UUID notice = Penalties.issued(givenOn, "3000.00");
        String transfer = "BACS-" + UUID.randomUUID();
        Penalties.pay(notice, "1000.50", LocalDate.of(2025, 4, 9), transfer).then().statusCode(201);
        Penalties.agreePlan(notice, "{\"instalments\":[{\"dueOn\":\"2025-05-01\",\"amount\":{\"amount\":\"999.50\","
                + "\"currency\":\"GBP\"}},{\"dueOn\":\"2025-06-02\",\"amount\":{\"amount\":\"1000.00\",\"currency\":"
                + "\"GBP\"}}],\"agreedOn\":\"2025-04-10\",\"reason\":\"Cash flow\"}").then().statusCode(200);
        clock.setLondon(LocalDateTime.of(2025, 6, 3, 10, 0));
        String balance = Penalties.account(notice).then().statusCode(200).extract().path("balance.amount");
        Penalties.refer(notice, LocalDate.of(2025, 6, 3)).then().statusCode(200);

        assertThat(EventRows.types(NOTICE, notice), contains(AccountEvents.PAYMENT_RECORDED, AccountEvents.PLAN_AGREED,
                AccountEvents.RECOVERY_REFERRED));
        JsonNode paid = EventRows.only(NOTICE, notice, AccountEvents.PAYMENT_RECORDED);
        assertThat(paid.path("amount").asText(), equalTo("1000.50"));
        assertThat(paid.path("receivedOn").asText(), equalTo("2025-04-09"));
        assertThat(paid.path("paymentReference").asText(), equalTo(transfer));
        JsonNode plan = EventRows.only(NOTICE, notice, AccountEvents.PLAN_AGREED);
        assertThat(plan.path("instalments").asInt(), equalTo(2));
        assertThat(plan.path("balance").asText(), equalTo("1999.50"));
        assertThat(plan.path("lastDueOn").asText(), equalTo("2025-06-02"));
        JsonNode referred = EventRows.only(NOTICE, notice, AccountEvents.RECOVERY_REFERRED);
        assertThat(referred.path("balance").asText(), equalTo(balance));
        assertThat(referred.path("referredOn").asText(), equalTo("2025-06-03"));
        String all = EventRows.of(NOTICE, notice).toString();
        assertThat(all, not(containsString("Cash flow")));
        assertThat(all, not(containsString("county court")));
    }

    @Test
    void aRefusedPaymentRecordsNoEvent() {
        clock.setLondon(LocalDateTime.of(2025, 4, 10, 10, 0));
        UUID notice = Penalties.issued(LocalDate.of(2025, 3, 26), "3000.00");
        String transfer = "BACS-" + UUID.randomUUID();
        // received tomorrow
        Problems.assertProblem(Penalties.pay(notice, "10.00", LocalDate.of(2025, 4, 11), transfer), 422);
        Penalties.pay(notice, "10.00", LocalDate.of(2025, 4, 9), transfer).then().statusCode(201);
        // the same transfer again
        Problems.assertProblem(Penalties.pay(notice, "10.00", LocalDate.of(2025, 4, 9), transfer), 409);
        assertThat(EventRows.types(NOTICE, notice), contains(AccountEvents.PAYMENT_RECORDED));
    }
}
