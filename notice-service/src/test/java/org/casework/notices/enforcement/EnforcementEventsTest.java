package org.casework.notices.enforcement;

import static org.casework.notices.enforcement.EnforcementNotices.ORGANISATION;
import static org.casework.notices.enforcement.EnforcementNotices.PDF;
import static org.casework.notices.enforcement.EnforcementNotices.decide;
import static org.casework.notices.enforcement.EnforcementNotices.etag;
import static org.casework.notices.enforcement.EnforcementNotices.on;
import static org.casework.notices.enforcement.EnforcementNotices.progress;
import static org.casework.notices.enforcement.EnforcementNotices.stepIds;
import static org.casework.notices.enforcement.VariationApplicationApiTest.apply;
import static org.casework.notices.enforcement.VariationApplicationApiTest.cancel;
import static org.casework.notices.enforcement.VariationApplicationApiTest.decideApplication;
import static org.casework.notices.enforcement.VariationApplicationApiTest.vary;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.events.EnforcementEvents;
import org.casework.notices.events.NoticeEvents;
import org.casework.platform.events.CloudEvents;
import org.casework.platform.events.OutboxRow;
import org.casework.testing.EventContract;
import org.casework.testing.OutboxRows;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What follows an issued enforcement notice (DPA 2018 s.149-153) is told as events of the notice, each written with its
 * change and valid against its schema in docs/asyncapi/notice-service.yaml: progress reported on a step, a step
 * decided, an application to vary or cancel and its decision; ids, positions, outcomes, counts and dates only, never
 * a report's text or files, a note, the grounds or the reasons; and a refused change records none.
 */
@QuarkusTest
class EnforcementEventsTest {

    private static final EventContract CONTRACT = EventContract.of("notice-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The notice's events after its issue, each checked against its schema. */
    private static List<OutboxRow> later(UUID notice) {
        List<OutboxRow> rows = OutboxRows.of(NoticeEvents.AGGREGATE, notice.toString());
        for (OutboxRow row : rows) {
            assertThat(row.type(), CONTRACT.violations(CloudEvents.structured(row, "/casework/notice-service")), empty());
        }
        return rows.subList(3, rows.size());
    }

    private static List<String> laterTypes(UUID notice) {
        return later(notice).stream().map(OutboxRow::type).toList();
    }

    private static JsonNode data(OutboxRow row) throws Exception {
        return JSON.readTree(row.data());
    }

    @Test
    void progressReportedAndEachStepDecidedAreEventsWithoutTheReportOrTheNote() throws Exception {
        UUID id = EnforcementNotices.issued(clock);
        List<String> steps = stepIds(id);
        String org = Tokens.orgRepresentative(ORGANISATION);
        clock.setLondon(on("2025-02-20"));
        progress(org, id, steps.get(0), "progress-" + id, "MFA is on for all 312 accounts.", PDF).then().statusCode(201);
        clock.setLondon(on("2025-03-04"));
        decide(Tokens.caseworker("caseworker-ada"), id, steps.get(0), etag(id), "decide-" + id,
                "{\"status\":\"COMPLIED\",\"note\":\"MFA seen on every account in the report\"}").then().statusCode(200);
        // the second step is not due yet: refused, and not told
        decide(Tokens.decisionMaker(), id, steps.get(1), etag(id), "early-" + id,
                "{\"status\":\"NOT_COMPLIED\",\"note\":\"Too early\"}").then().statusCode(422);

        assertThat(laterTypes(id), contains(EnforcementEvents.PROGRESS_REPORTED, EnforcementEvents.STEP_DECIDED));
        JsonNode reported = data(later(id).get(0));
        assertThat(reported.path("stepId").asText(), equalTo(steps.get(0)));
        assertThat(reported.path("files").asInt(), equalTo(1));
        assertThat(reported.path("organisationId").asText(), equalTo(ORGANISATION));
        JsonNode decided = data(later(id).get(1));
        assertThat(decided.path("status").asText(), equalTo("COMPLIED"));
        assertThat(decided.path("position").asInt(), equalTo(1));
        String all = later(id).stream().map(OutboxRow::data).toList().toString();
        assertThat(all, not(containsString("312 accounts")));
        assertThat(all, not(containsString("MFA seen")));
        assertThat(all, not(containsString("evidence.pdf")));
    }

    @Test
    void anApplicationToVaryAndItsDecisionAreEventsWithTheDatesMovedAndNeverTheGroundsOrReasons() throws Exception {
        UUID id = EnforcementNotices.issued(clock);
        List<String> steps = stepIds(id);
        String org = Tokens.orgRepresentative(ORGANISATION);
        clock.setLondon(on("2025-02-28"));
        // within the appeal period: refused, and not told
        apply(org, id, "early-" + id, vary(steps.get(0), "2025-06-02")).then().statusCode(422);
        assertThat(laterTypes(id), equalTo(List.of()));

        clock.setLondon(on("2025-03-02"));
        String appId = apply(org, id, "apply-" + id, vary(steps.get(0), "2025-06-02")).then().statusCode(201)
                .extract().path("id");
        decideApplication(Tokens.decisionMaker("decision-maker-grace"), id, appId, etag(id),
                "{\"outcome\":\"VARIED\",\"reasons\":\"The accounts need time to move.\",\"steps\":[{\"stepId\":\""
                        + steps.get(0) + "\",\"complianceDate\":\"2025-06-02\"}]}").then().statusCode(200);

        // the variation itself is notice.varied (PenaltyChangeService), recorded by the decision before its own event
        assertThat(laterTypes(id), contains(EnforcementEvents.VARIATION_APPLIED, NoticeEvents.VARIED,
                EnforcementEvents.VARIATION_DECIDED));
        JsonNode applied = data(later(id).get(0));
        assertThat(applied.path("applicationId").asText(), equalTo(appId));
        assertThat(applied.path("kind").asText(), equalTo("VARY"));
        assertThat(applied.path("steps").asInt(), equalTo(1));
        assertThat(applied.path("appliedOn").asText(), equalTo("2025-03-02"));
        JsonNode decided = data(later(id).get(2));
        assertThat(decided.path("outcome").asText(), equalTo("VARIED"));
        assertThat(decided.path("dateChanges").get(0).path("stepId").asText(), equalTo(steps.get(0)));
        assertThat(decided.path("dateChanges").get(0).path("before").asText(), equalTo("2025-03-03"));
        assertThat(decided.path("dateChanges").get(0).path("after").asText(), equalTo("2025-06-02"));
        String all = later(id).stream().map(OutboxRow::data).toList().toString();
        assertThat(all, not(containsString("remote-access account was closed")));
        assertThat(all, not(containsString("need time")));
    }

    @Test
    void aRefusedApplicationIsDecidedAsRefusedWithNoDatesMoved() throws Exception {
        UUID id = EnforcementNotices.issued(clock);
        clock.setLondon(on("2025-03-02"));
        String appId = apply(Tokens.orgRepresentative(ORGANISATION), id, "r-" + id, cancel()).then().statusCode(201)
                .extract().path("id");
        decideApplication(Tokens.decisionMaker(), id, appId, etag(id),
                "{\"outcome\":\"REFUSED\",\"reasons\":\"The gateway does not cover the engineers.\"}").then().statusCode(200);

        assertThat(laterTypes(id), contains(EnforcementEvents.VARIATION_APPLIED, EnforcementEvents.VARIATION_DECIDED));
        JsonNode decided = data(later(id).get(1));
        assertThat(decided.path("outcome").asText(), equalTo("REFUSED"));
        assertThat(decided.path("dateChanges").size(), equalTo(0));
        assertThat(data(later(id).get(0)).path("kind").asText(), equalTo("CANCEL"));
    }
}
