package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The defect: case-service's client credentials opened a window for a notice that did not exist, for another
 * organisation, which then showed in that organisation's portal as open for representations, and DELETE
 * closed it. Only notice-service's client may open, read or close a window; every other machine identity is
 * refused on each, and no window appears in, or leaves, any portal.
 */
@QuarkusTest
class RepresentationServiceIdentityTest {

    static Stream<Arguments> otherMachines() {
        return RoleMatrix.machinesOtherThanNoticeService();
    }

    private static List<String> portalOf(String organisation) {
        return Portal.as(organisation).queryParam("limit", 200).get("/portal/notices").then().statusCode(200)
                .extract().jsonPath().getList("items.noticeId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMachines")
    void cannotOpenAWindowAndNoneAppearsInTheOrganisationsPortal(String who, String token) {
        UUID notice = UUID.randomUUID();
        String victim = "org-victim-" + Math.abs(notice.getLeastSignificantBits() % 1000);
        RowCounts before = RowCounts.of(Portal.TABLES);

        Problems.assertProblem(given().auth().oauth2(token).header("Casework-On-Behalf-Of", "decision-maker-grace")
                .contentType(ContentType.JSON).body("{\"caseId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\""
                        + victim + "\",\"dueOn\":\"2099-08-27\",\"reference\":\"NOI-2024-000001\"}")
                .put("/internal/windows/" + notice), 403);

        assertThat(before.again(), equalTo(before));
        assertThat(portalOf(victim), not(hasItem(notice.toString())));
        Problems.assertProblem(Portal.as(victim).get("/portal/notices/" + notice), 404);
        Problems.assertProblem(Portal.submit(victim, notice, "Representations to a window that must not exist"), 404);
        Problems.assertProblem(given().auth().oauth2(Tokens.service()).get("/internal/windows/" + notice), 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMachines")
    void cannotCloseAWindowWhichStaysOpenInThePortal(String who, String token) {
        UUID notice = Portal.window("org-kept-open", LocalDate.of(2099, 8, 27));
        RowCounts before = RowCounts.of(Portal.TABLES);

        Problems.assertProblem(given().auth().oauth2(token).delete("/internal/windows/" + notice), 403);

        assertThat(before.again(), equalTo(before));
        Portal.as("org-kept-open").get("/portal/notices/" + notice).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("accepting", equalTo(true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMachines")
    void cannotReadAWindow(String who, String token) {
        UUID notice = Portal.window("org-private", LocalDate.of(2099, 8, 27));
        RowCounts before = RowCounts.of(Portal.TABLES);
        Problems.assertProblem(given().auth().oauth2(token).get("/internal/windows/" + notice), 403);
        assertThat(before.again(), equalTo(before));
    }
}
