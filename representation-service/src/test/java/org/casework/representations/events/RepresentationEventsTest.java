package org.casework.representations.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.OutboxRow;
import org.casework.representations.Portal;
import org.casework.testing.EventContract;
import org.casework.testing.OutboxRows;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A notice's window, its representations and its hearing each record one event per change, in the change's
 * transaction and in order (all of one notice's events belong to its window); a refused change records none; every
 * event conforms to its schema in docs/asyncapi/representation-service.yaml, which lists every type it can emit.
 */
@QuarkusTest
class RepresentationEventsTest {

    private static final EventContract CONTRACT = EventContract.of("representation-service");

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<OutboxRow> eventsOf(UUID noticeId) {
        return OutboxRows.of(RepresentationEvents.AGGREGATE, noticeId.toString());
    }

    @Test
    void everyTypeTheServiceCanEmitIsInItsAsyncApiDocumentAndNoOther() {
        assertThat(CONTRACT.types(), containsInAnyOrder(RepresentationEvents.TYPES.toArray()));
        assertThat(CONTRACT.topic(), equalTo("casework.representations.v1"));
    }

    @Test
    void aWindowsLifeRecordsOneEventPerChangeInItsOrder() {
        String org = "org-events-" + UUID.randomUUID().toString().substring(0, 8);
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID notice = Portal.window(org, LocalDate.of(2024, 8, 28));
        String representation = Portal.submit(org, notice, "We worked with the NCSC, NCA and NHS", "letter.pdf",
                Portal.pdf()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON)
                .body("{\"note\":\"Mitigation accepted in part\"}").post("/representations/" + representation
                        + "/consideration").then().statusCode(200);
        String extension = Portal.as(org).contentType(ContentType.JSON)
                .body("{\"until\":\"2024-09-10\",\"reason\":\"Our forensic report arrives on 3 September\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"reason\":\"A reasonable request\"}")
                .post("/extension-requests/" + extension + "/decision").then().statusCode(200);
        String hearing = Portal.as(org).contentType(ContentType.JSON).body("{\"reason\":\"We would like to explain\"}")
                .post("/portal/notices/" + notice + "/hearing-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).body("""
                {"granted":true,"heldAt":"2024-08-20T10:00","place":"Wycliffe House, Wilmslow",
                 "attendees":["Grace Hopper (decision-maker)"],"reason":"Complex remediation"}""")
                .post("/hearing-requests/" + hearing + "/decision").then().statusCode(200);
        given().auth().oauth2(Tokens.service()).delete("/internal/windows/" + notice).then().statusCode(200);

        List<OutboxRow> rows = eventsOf(notice);
        assertThat(rows.stream().map(OutboxRow::type).toList(), contains(RepresentationEvents.WINDOW_OPENED,
                RepresentationEvents.SUBMITTED, RepresentationEvents.CONSIDERED,
                RepresentationEvents.EXTENSION_REQUESTED, RepresentationEvents.EXTENSION_DECIDED,
                RepresentationEvents.WINDOW_EXTENDED, RepresentationEvents.HEARING_REQUESTED,
                RepresentationEvents.HEARING_DECIDED, RepresentationEvents.WINDOW_CLOSED));
        assertThat(rows.stream().map(OutboxRow::aggregateSeq).toList(),
                equalTo(LongStream.rangeClosed(1, 9).boxed().toList()));
        for (OutboxRow row : rows) {
            assertThat(row.type(), CONTRACT.violations(CloudEvents.structured(row, "/casework/representation-service")),
                    empty());
        }
        assertThat(rows.get(3).data(), containsString("\"requestedUntil\": \"2024-09-10\""));
        assertThat(rows.get(3).data(), containsString("\"extensionRequestId\": \"" + extension + "\""));
        assertThat(rows.get(4).data(), containsString("\"grantedUntil\": \"2024-09-10\""));
        assertThat(rows.get(5).data(), containsString("\"dueOn\": \"2024-09-10\""));
        // never the statement, a reason or a file name
        rows.forEach(row -> {
            assertThat(row.data(), not(containsString("NCSC")));
            assertThat(row.data(), not(containsString("letter.pdf")));
            assertThat(row.data(), not(containsString("forensic")));
            assertThat(row.data(), not(containsString("reasonable")));
        });
    }

    @Test
    void aRefusedRequestForMoreTimeIsDecidedWithoutExtendingTheWindowAndOneForNoLaterDayRecordsNothing() {
        String org = "org-events-more-time-" + UUID.randomUUID().toString().substring(0, 8);
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID notice = Portal.window(org, LocalDate.of(2024, 8, 28));
        Problems.assertProblem(Portal.as(org).contentType(ContentType.JSON)
                .body("{\"until\":\"2024-08-28\",\"reason\":\"No later\"}")
                .post("/portal/notices/" + notice + "/extension-requests"), 422);
        assertThat(eventsOf(notice).stream().map(OutboxRow::type).toList(), contains(RepresentationEvents.WINDOW_OPENED));

        String extension = Portal.as(org).contentType(ContentType.JSON)
                .body("{\"until\":\"2024-09-30\",\"reason\":\"Our board meets late\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":false,\"reason\":\"Long enough already\"}")
                .post("/extension-requests/" + extension + "/decision").then().statusCode(200);
        // decided once: a second decision is refused and records nothing
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"reason\":\"Changed my mind\"}")
                .post("/extension-requests/" + extension + "/decision"), 409);

        List<OutboxRow> rows = eventsOf(notice);
        assertThat(rows.stream().map(OutboxRow::type).toList(), contains(RepresentationEvents.WINDOW_OPENED,
                RepresentationEvents.EXTENSION_REQUESTED, RepresentationEvents.EXTENSION_DECIDED));
        for (OutboxRow row : rows) {
            assertThat(row.type(), CONTRACT.violations(CloudEvents.structured(row, "/casework/representation-service")),
                    empty());
        }
        assertThat(rows.get(1).data(), containsString("\"organisationId\": \"" + org + "\""));
        assertThat(rows.get(2).data(), containsString("\"granted\": false"));
        assertThat(rows.get(2).data(), containsString("\"grantedUntil\": null"));
        assertThat(rows.get(2).data(), not(containsString("Long enough")));
    }

    @Test
    void aRefusedSubmissionRecordsNoEvent() {
        String org = "org-events-late-" + UUID.randomUUID().toString().substring(0, 8);
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID notice = Portal.window(org, LocalDate.of(2024, 8, 27));
        clock.setLondon(LocalDateTime.of(2024, 8, 28, 0, 0));
        RowCounts before = RowCounts.of(Portal.TABLES);
        Problems.assertProblem(Portal.submit(org, notice, "Too late"), 422);
        assertThat(before.again(), equalTo(before));
        assertThat(eventsOf(notice).stream().map(OutboxRow::type).toList(), contains(RepresentationEvents.WINDOW_OPENED));
    }
}
