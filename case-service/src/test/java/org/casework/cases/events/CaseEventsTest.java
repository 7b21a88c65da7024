package org.casework.cases.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.casework.cases.CaseApi;
import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.EventContract;
import org.casework.testing.OutboxRows;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Opening, moving and assigning a case each record one event in the change's transaction, in order; a refused
 * change records none; every event conforms to its schema in docs/asyncapi/case-service.yaml, which lists every type
 * the service can emit.
 */
@QuarkusTest
class CaseEventsTest {

    private static final EventContract CONTRACT = EventContract.of("case-service");

    private static List<OutboxRow> eventsOf(String caseId) {
        return OutboxRows.of(CaseEvents.AGGREGATE, caseId);
    }

    @Test
    void everyTypeTheServiceCanEmitIsInItsAsyncApiDocumentAndNoOther() {
        assertThat(CONTRACT.types(), containsInAnyOrder(CaseEvents.TYPES.toArray()));
        assertThat(CONTRACT.topic(), equalTo("casework.cases.v1"));
    }

    @Test
    void openingMovingAndAssigningACaseRecordOneEventEachInTheirOrder() {
        String id = CaseApi.investigating();
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).header("If-Match", CaseApi.etag(id))
                .body("{\"caseworker\":\"caseworker-9\"}").put("/cases/" + id + "/assignee").then().statusCode(200);

        List<OutboxRow> rows = eventsOf(id);
        assertThat(rows.stream().map(OutboxRow::type).toList(),
                contains(CaseEvents.OPENED, CaseEvents.MOVED, CaseEvents.ASSIGNED));
        assertThat(rows.stream().map(OutboxRow::aggregateSeq).toList(), contains(1L, 2L, 3L));
        for (OutboxRow row : rows) {
            assertThat(row.type(), CONTRACT.violations(CloudEvents.structured(row, "/casework/case-service")), empty());
        }
        assertThat(rows.get(1).data(), containsString("\"to\": \"INVESTIGATING\""));
        // ids and references only: never the incident's facts
        assertThat(rows.get(0).data(), not(containsString("peopleAffected")));
    }

    @Test
    void anIllegalMoveRecordsNoEvent() {
        String id = CaseApi.open();
        CaseApi.transition(Tokens.decisionMaker(), id, "CLOSED", null).then().statusCode(409);
        assertThat(eventsOf(id).stream().map(OutboxRow::type).toList(), contains(CaseEvents.OPENED));
    }
}
