package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The dashboard's task list: every notice's representations not yet considered and requests for more time not yet
 * decided, oldest first and keyset-paged, each naming its notice and organisation but not what was written; an item
 * leaves its list once it is dealt with.
 */
@QuarkusTest
class WorkQueuesApiTest {

    private static int organisations;

    @Inject
    TestClock clock;

    private String org;
    private UUID notice;

    @BeforeEach
    void aNoticeOfIntentOnTheSeventhOfAugust() {
        org = "org-queue-" + (++organisations) + "-" + UUID.randomUUID().toString().substring(0, 8);
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        notice = Portal.window(org, LocalDate.of(2024, 8, 28));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void representationsToConsiderAreOldestFirstPagedWithoutTheirStatementsAndLeaveOnceConsidered() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.setLondon(LocalDateTime.of(2024, 8, 8, 9, i));
            mine.add(Portal.submit(org, notice, "Statement " + i, "evidence.pdf", Portal.pdf()).then().statusCode(201)
                    .extract().path("id"));
        }
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body("{\"note\":\"Read\"}")
                .post("/representations/" + mine.get(1) + "/consideration").then().statusCode(200);

        List<Map<String, Object>> items = all("/representations/to-consider", Tokens.decisionMaker());

        List<Object> ids = items.stream().map(i -> i.get("id")).toList();
        assertThat(ids, hasItem(mine.get(0)));
        assertThat(ids, not(hasItem(mine.get(1))));
        assertThat(ids.indexOf(mine.get(0)) < ids.indexOf(mine.get(2)), equalTo(true));
        assertOldestFirst(items, "submittedAt");
        Map<String, Object> first = items.get(ids.indexOf(mine.get(0)));
        assertThat(first.get("noticeId"), equalTo(notice.toString()));
        assertThat(first.get("noticeReference"), equalTo("NOI-2024-000001"));
        assertThat(first.get("organisationId"), equalTo(org));
        assertThat(first.containsKey("statement"), equalTo(false));
    }

    @Test
    void requestsForMoreTimeToDecideAreOldestFirstPagedAndLeaveOnceDecided() {
        String asked = ask("2024-09-11");
        String decided = ask("2024-09-04");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"granted\":false,\"reason\":\"No reason given to extend\"}")
                .post("/extension-requests/" + decided + "/decision").then().statusCode(200);

        List<Map<String, Object>> items = all("/extension-requests/to-decide", Tokens.auditor());

        List<Object> ids = items.stream().map(i -> i.get("id")).toList();
        assertThat(ids, hasItem(asked));
        assertThat(ids, not(hasItem(decided)));
        assertOldestFirst(items, "requestedAt");
        Map<String, Object> mine = items.get(ids.indexOf(asked));
        assertThat(mine.get("requestedUntil"), equalTo("2024-09-11"));
        assertThat(mine.get("noticeReference"), equalTo("NOI-2024-000001"));
        assertThat(mine.containsKey("reason"), equalTo(false));
    }

    @Test
    void aCursorOrLimitThatIsNotOneIsRefusedAsAProblem() {
        for (String path : List.of("/representations/to-consider", "/extension-requests/to-decide")) {
            Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).queryParam("after", "not-a-cursor").get(path), 400);
            Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).queryParam("limit", "0").get(path), 400);
            Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative(org)).get(path), 403);
        }
    }

    private String ask(String until) {
        return Portal.as(org).contentType(ContentType.JSON)
                .body("{\"until\":\"" + until + "\",\"reason\":\"Our board meets on the 2nd\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201).extract().path("id");
    }

    /** Every page, two at a time, following {@code next}. */
    private static List<Map<String, Object>> all(String path, String token) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            after = page.getString("next");
        } while (after != null);
        return items;
    }

    private static void assertOldestFirst(List<Map<String, Object>> items, String field) {
        List<Instant> times = items.stream().map(i -> Instant.parse((String) i.get(field))).toList();
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.naturalOrder());
        assertThat(times, equalTo(sorted));
    }
}
