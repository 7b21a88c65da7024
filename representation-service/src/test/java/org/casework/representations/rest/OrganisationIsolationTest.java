package org.casework.representations.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Organisation B can reach nothing of organisation A's: every portal operation on A's notice,
 * representation or file answers 404 exactly as for an id that does not exist, nothing of A's appears
 * in any answer, and nothing is written.
 */
@QuarkusTest
class OrganisationIsolationTest {

    private static final String A = "org-alpha";
    private static final String B = "org-bravo";
    private static final String SECRET = "Alpha's confidential statement about its security";

    private UUID notice;
    private String representation;
    private String file;

    @BeforeEach
    void organisationAHasANoticeARepresentationAndAFile() {
        notice = Portal.window(A, LocalDate.of(2099, 6, 30));
        Response r = Portal.submit(A, notice, SECRET, "alpha-board-minutes.pdf", Portal.pdf());
        representation = r.then().statusCode(201).extract().path("id");
        file = r.path("files[0].id");
        Portal.window(B, LocalDate.of(2099, 6, 30));
    }

    private void refusedAsUnknown(Supplier<Response> request, Supplier<Response> sameForUnknownId) {
        RowCounts before = RowCounts.of(Portal.TABLES);
        Response answer = Problems.assertProblem(request.get(), 404);
        Response unknown = Problems.assertProblem(sameForUnknownId.get(), 404);
        assertThat(before.again(), equalTo(before));
        String body = answer.asString();
        for (String leak : List.of(A, SECRET, "alpha-board-minutes")) {
            assertThat(body, not(containsString(leak)));
        }
        assertThat(answer.jsonPath().getString("type"), equalTo(unknown.jsonPath().getString("type")));
        assertThat(answer.jsonPath().getString("title"), equalTo(unknown.jsonPath().getString("title")));
    }

    @Test
    void bCannotReadAsNotice() {
        UUID unknown = UUID.randomUUID();
        refusedAsUnknown(() -> Portal.as(B).get("/portal/notices/" + notice),
                () -> Portal.as(B).get("/portal/notices/" + unknown));
    }

    @Test
    void bCannotSubmitToAsNotice() {
        UUID unknown = UUID.randomUUID();
        refusedAsUnknown(() -> Portal.submit(B, notice, "Sneaky", "x.pdf", Portal.pdf()),
                () -> Portal.submit(B, unknown, "Sneaky", "x.pdf", Portal.pdf()));
    }

    @Test
    void bCannotAskForMoreTimeOrAHearingOnAsNotice() {
        UUID unknown = UUID.randomUUID();
        String extension = "{\"until\":\"2099-07-31\",\"reason\":\"more time\"}";
        refusedAsUnknown(() -> Portal.as(B).contentType(ContentType.JSON).body(extension)
                .post("/portal/notices/" + notice + "/extension-requests"),
                () -> Portal.as(B).contentType(ContentType.JSON).body(extension)
                        .post("/portal/notices/" + unknown + "/extension-requests"));
        refusedAsUnknown(() -> Portal.as(B).contentType(ContentType.JSON).body("{\"reason\":\"hearing\"}")
                .post("/portal/notices/" + notice + "/hearing-requests"),
                () -> Portal.as(B).contentType(ContentType.JSON).body("{\"reason\":\"hearing\"}")
                        .post("/portal/notices/" + unknown + "/hearing-requests"));
    }

    @Test
    void bCannotReadAsHearingRequestsOrTheirDecisions() {
        String hearing = HearingApiTest.requestHearing(A, notice);
        HearingApiTest.decide(org.casework.testing.Tokens.decisionMaker(), hearing, HearingApiTest.GRANT
                .replace("2024-08-20T10:00", "2099-06-01T10:00")).then().statusCode(200);
        UUID unknown = UUID.randomUUID();
        refusedAsUnknown(() -> Portal.as(B).get("/portal/notices/" + notice + "/hearing-requests"),
                () -> Portal.as(B).get("/portal/notices/" + unknown + "/hearing-requests"));
        Portal.as(A).get("/portal/notices/" + notice + "/hearing-requests").then().statusCode(200)
                .body("[0].decision.place", equalTo("Wycliffe House, Wilmslow"));
    }

    @Test
    void bCannotReadAsRepresentationOrDownloadItsFile() {
        UUID unknown = UUID.randomUUID();
        refusedAsUnknown(() -> Portal.as(B).get("/portal/representations/" + representation),
                () -> Portal.as(B).get("/portal/representations/" + unknown));
        refusedAsUnknown(() -> Portal.as(B).get("/portal/representations/" + representation + "/files/" + file),
                () -> Portal.as(B).get("/portal/representations/" + unknown + "/files/" + unknown));
    }

    @Test
    void bsListShowsOnlyBsNotices() {
        List<String> ids = Portal.as(B).queryParam("limit", 200).get("/portal/notices").then().statusCode(200)
                .extract().jsonPath().getList("items.noticeId");
        assertThat(ids.contains(notice.toString()), equalTo(false));
        assertThat(Portal.as(B).get("/portal/notices").asString(), not(containsString(A)));
    }

    @Test
    void aSeesItsOwn() {
        Portal.as(A).get("/portal/notices/" + notice).then().statusCode(200)
                .body("representations[0].statement", equalTo(SECRET));
        Portal.as(A).get("/portal/representations/" + representation + "/files/" + file).then().statusCode(200);
    }
}
