package org.casework.representations.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.representations.domain.NoticeLimits;
import org.casework.testing.Problems;
import org.casework.testing.Sql;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A notice gathers at most the representations and requests its views are documented to list (OWASP API4). */
@QuarkusTest
class NoticeLimitsTest {

    private static final LocalDate DUE = LocalDate.of(2099, 3, 31);

    @Test
    void aRepresentationBeyondTheNoticesLimitIsAConflictAndNothingIsStored() {
        UUID noticeId = Portal.window("org-limit-reps", DUE);
        for (int i = 0; i < NoticeLimits.REPRESENTATIONS; i++) {
            Portal.submit("org-limit-reps", noticeId, "Representation " + i).then().statusCode(201);
        }
        Problems.assertProblem(Portal.submit("org-limit-reps", noticeId, "One too many"), 409).then()
                .body("type", equalTo("urn:casework:problem:notice-limit-reached"))
                .body("limit", equalTo(NoticeLimits.REPRESENTATIONS));
        assertThat(count("representation", noticeId), equalTo(String.valueOf(NoticeLimits.REPRESENTATIONS)));
    }

    @Test
    void aRequestForMoreTimeBeyondTheNoticesLimitIsAConflict() {
        UUID noticeId = Portal.window("org-limit-ext", DUE);
        for (int i = 0; i < NoticeLimits.EXTENSION_REQUESTS; i++) {
            askForMoreTime(noticeId).then().statusCode(201);
        }
        Problems.assertProblem(askForMoreTime(noticeId), 409).then()
                .body("type", equalTo("urn:casework:problem:notice-limit-reached"))
                .body("limit", equalTo(NoticeLimits.EXTENSION_REQUESTS));
        assertThat(count("extension_request", noticeId), equalTo(String.valueOf(NoticeLimits.EXTENSION_REQUESTS)));
    }

    @Test
    void aRequestForAHearingBeyondTheNoticesLimitIsAConflict() {
        UUID noticeId = Portal.window("org-limit-hear", DUE);
        for (int i = 0; i < NoticeLimits.HEARING_REQUESTS; i++) {
            askForHearing(noticeId).then().statusCode(201);
        }
        Problems.assertProblem(askForHearing(noticeId), 409).then()
                .body("type", equalTo("urn:casework:problem:notice-limit-reached"))
                .body("limit", equalTo(NoticeLimits.HEARING_REQUESTS));
        assertThat(count("hearing_request", noticeId), equalTo(String.valueOf(NoticeLimits.HEARING_REQUESTS)));
    }

    private static io.restassured.response.Response askForMoreTime(UUID noticeId) {
        return Portal.as("org-limit-ext").contentType(ContentType.JSON)
                .body("{\"until\":\"" + DUE.plusDays(28) + "\",\"reason\":\"More time, please\"}")
                .post("/portal/notices/" + noticeId + "/extension-requests");
    }

    private static io.restassured.response.Response askForHearing(UUID noticeId) {
        return Portal.as("org-limit-hear").contentType(ContentType.JSON).body("{\"reason\":\"To explain in person\"}")
                .post("/portal/notices/" + noticeId + "/hearing-requests");
    }

    private static String count(String table, UUID noticeId) {
        return Sql.queryString("select count(*)::text from " + table + " where notice_id = ?::uuid", noticeId.toString());
    }
}
