package org.casework.notices.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.NoticeApi;
import org.casework.notices.Penalties;
import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.DomainEvent;
import org.casework.platform.events.Outbox;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.EventContract;
import org.casework.testing.OutboxRows;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Each change of a notice records exactly one event, in the change's own transaction, numbered in the order of the
 * changes; a refused or rolled-back change records none; and every event conforms to its schema in
 * docs/asyncapi/notice-service.yaml, which lists every type the service can emit.
 */
@QuarkusTest
class NoticeEventsTest {

    private static final EventContract CONTRACT = EventContract.of("notice-service");
    private static final String SOURCE = "/casework/notice-service";

    @Inject
    Outbox outbox;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<String> typesOf(UUID noticeId) {
        return OutboxRows.of(NoticeEvents.AGGREGATE, noticeId.toString()).stream().map(OutboxRow::type).toList();
    }

    private static void conforms(List<OutboxRow> rows) {
        for (OutboxRow row : rows) {
            assertThat(row.type() + ": " + row.data(), CONTRACT.violations(CloudEvents.structured(row, SOURCE)), empty());
        }
    }

    @Test
    void everyTypeTheServiceCanEmitIsInItsAsyncApiDocumentAndNoOther() {
        assertThat(CONTRACT.types(), containsInAnyOrder(NoticeEvents.TYPES.toArray()));
        assertThat(CONTRACT.topic(), equalTo("casework.notices.v1"));
    }

    @Test
    void theContractCatchesAnEventThatDoesNotMatchItsSchema() {
        UUID noi = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        String good = CloudEvents.structured(OutboxRows.of(NoticeEvents.AGGREGATE, noi.toString()).get(0), SOURCE);
        assertThat(CONTRACT.violations(good), empty());
        assertThat(CONTRACT.violations(good.replace("\"reference\"", "\"ref\"")), not(empty()));
        assertThat(CONTRACT.violations(good.replace(SOURCE, "/casework/elsewhere")), not(empty()));
        assertThat(CONTRACT.violations(good.replace(NoticeEvents.DRAFTED, "uk.gov.casework.notice.unknown.v1")),
                not(empty()));
    }

    @Test
    void draftingAndIssuingANoticeOfIntentRecordOneEventEachInTheirOrder() {
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        assertThat(typesOf(noi), contains(NoticeEvents.DRAFTED, NoticeEvents.ISSUED, NoticeEvents.GIVEN));

        List<OutboxRow> rows = OutboxRows.of(NoticeEvents.AGGREGATE, noi.toString());
        assertThat(rows.stream().map(OutboxRow::aggregateSeq).toList(), contains(1L, 2L, 3L));
        conforms(rows);
        // ids, references, dates and amounts: not the reasons or the nature of the data
        assertThat(rows.get(1).data(), not(org.hamcrest.Matchers.containsString("reasons")));
    }

    @Test
    void aNoticePostedOnFridayIsGivenOnTuesdayAndItsGivenEventCarriesTheMethodTheProvisionAndThePeriodsFromThatDay() {
        clock.setLondon(LocalDateTime.of(2026, 12, 4, 10, 0));
        UUID caseId = UUID.randomUUID();
        org.casework.notices.DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        org.casework.notices.DownstreamStubs.transitionsSucceed(caseId, "NOTICE_OF_INTENT_ISSUED");
        UUID noi = NoticeApi.drafted(org.casework.notices.NoticeRequests.noticeOfIntent(caseId));
        org.casework.notices.DownstreamStubs.windowOpens(noi);
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).header("Idempotency-Key", "i-" + noi)
                .contentType(ContentType.JSON).body("{\"method\":\"POST\"}").post("/notices/" + noi + "/issue")
                .then().statusCode(200).body("givenOn", equalTo("2026-12-08"));

        var given = EventRows.only(NoticeEvents.AGGREGATE, noi, NoticeEvents.GIVEN);
        var issued = EventRows.only(NoticeEvents.AGGREGATE, noi, NoticeEvents.ISSUED);
        assertThat(given.path("givingMethod").asText(), equalTo("POST"));
        assertThat(given.path("givingProvision").asText(), equalTo("DPA 2018 s.141A"));
        assertThat(given.path("givenOn").asText(), equalTo("2026-12-08"));
        assertThat(given.path("sentAt").asText(), equalTo(issued.path("sentAt").asText()));
        assertThat(given.path("representationsDueOn").asText(), equalTo(issued.path("representationsDueOn").asText()));
        assertThat(given.path("organisationId").asText(), equalTo(issued.path("organisationId").asText()));
        // ids, references, dates: not the reasons, the amount or the document
        assertThat(given.has("reasons") || given.has("amount") || given.has("documentSha256"), equalTo(false));
        // the given event is written in the issue's transaction, right after the issued one
        List<OutboxRow> rows = OutboxRows.of(NoticeEvents.AGGREGATE, noi.toString());
        assertThat(rows.get(2).aggregateSeq(), equalTo(rows.get(1).aggregateSeq() + 1));
    }

    @Test
    void withdrawingADraftRecordsItsEvent() {
        UUID draft = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .body("{\"reason\":\"Drafted in error\"}").post("/notices/" + draft + "/withdraw").then().statusCode(200);
        assertThat(typesOf(draft), contains(NoticeEvents.DRAFTED, NoticeEvents.WITHDRAWN));
        conforms(OutboxRows.of(NoticeEvents.AGGREGATE, draft.toString()));
    }

    @Test
    void aRefusedIssueRecordsNoEvent() {
        UUID noi = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        // the drafter may not issue her own notice (four eyes): refused, nothing changes, nothing is told
        NoticeApi.issue(noi, Tokens.decisionMaker("caseworker-ada"), "issue-" + UUID.randomUUID())
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        assertThat(typesOf(noi), contains(NoticeEvents.DRAFTED));
    }

    @Test
    void varyingAndCancellingAPenaltyNoticeRecordTheirEvents() {
        UUID penalty = Penalties.issued(clock, UUID.randomUUID());
        clock.setLondon(LocalDateTime.of(2024, 9, 12, 10, 0));
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .header("If-Match", Penalties.etag(penalty))
                .body("{\"amount\":{\"amount\":\"3500000.00\",\"currency\":\"GBP\"},\"reasons\":\"Containment\"}")
                .post("/notices/" + penalty + "/variation").then().statusCode(200);
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                .header("If-Match", Penalties.etag(penalty)).body("{\"reasons\":\"New evidence\"}")
                .post("/notices/" + penalty + "/cancellation").then().statusCode(200);

        assertThat(typesOf(penalty), contains(NoticeEvents.DRAFTED, NoticeEvents.ISSUED, NoticeEvents.GIVEN,
                NoticeEvents.VARIED, NoticeEvents.CANCELLED));
        List<OutboxRow> rows = OutboxRows.of(NoticeEvents.AGGREGATE, penalty.toString());
        conforms(rows);
        assertThat(rows.get(3).data(), org.hamcrest.Matchers.containsString("\"amountAfter\": \"3500000.00\""));
    }

    @Test
    void anEventCommitsWithItsTransactionAndARolledBackOneLeavesNothing() {
        String aggregate = UUID.randomUUID().toString();
        DomainEvent event = new DomainEvent("notice", aggregate, NoticeEvents.WITHDRAWN, java.util.Map.of("x", "y"));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.record(event);
                throw new IllegalStateException("the change fails after its event was recorded");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(OutboxRows.of("notice", aggregate), hasSize(0));

        QuarkusTransaction.requiringNew().run(() -> outbox.record(event));
        QuarkusTransaction.requiringNew().run(() -> outbox.record(event));
        assertThat(OutboxRows.of("notice", aggregate).stream().map(OutboxRow::aggregateSeq).toList(),
                contains(1L, 2L));
    }

    @Test
    void anEventNeedsATransaction() {
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> outbox.record(
                new DomainEvent("notice", UUID.randomUUID().toString(), NoticeEvents.DRAFTED, java.util.Map.of())));
    }
}
