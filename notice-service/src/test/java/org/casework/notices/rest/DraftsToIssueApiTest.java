package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.notices.AuditEntries;
import org.casework.notices.AuditEntries.Entry;
import org.casework.notices.NoticeApi;
import org.casework.testing.Problems;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /notices/drafts}, the dashboard's "drafts waiting to be issued": every case's drafts oldest first,
 * keyset-paged, without their content; issued notices leave it; each read is audited once; bad paging is a 400
 * that writes nothing.
 */
@QuarkusTest
class DraftsToIssueApiTest {

    @Test
    void draftsAreListedOldestFirstAcrossPagesAndAnIssuedNoticeIsNot() {
        UUID older = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        UUID newer = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        UUID issued = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());

        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(Tokens.decisionMaker()).queryParam("limit", 2);
            JsonPath page = (after == null ? request : request.queryParam("after", after)).get("/notices/drafts")
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            after = page.getString("next");
        } while (after != null);

        assertThat(new java.util.HashSet<>(ids).size(), equalTo(ids.size()));
        assertThat(ids, hasItems(older.toString(), newer.toString()));
        assertThat(ids, not(hasItem(issued.toString())));
        assertThat(ids.indexOf(older.toString()), lessThan(ids.indexOf(newer.toString())));
    }

    @Test
    void anItemSaysWhichCaseOrganisationAndKindButNotTheDraftsContent() {
        UUID draft = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        String body = given().auth().oauth2(Tokens.caseworker()).queryParam("limit", 100).get("/notices/drafts")
                .then().statusCode(200).extract().asString();
        JsonPath page = JsonPath.from(body);
        int at = page.getList("items.id").indexOf(draft.toString());

        assertThat(at, greaterThanOrEqualTo(0));
        assertThat(page.getString("items[" + at + "].type"), equalTo("NOTICE_OF_INTENT"));
        assertThat(page.getString("items[" + at + "].caseReference"), notNullValue());
        assertThat(page.getString("items[" + at + "].draftedBy"), equalTo("caseworker-ada"));
        assertThat(page.getString("items[" + at + "].draftedAt"), notNullValue());
        for (String content : List.of("reasons", "amount", "calculation", "natureOfData")) {
            assertThat(page.getMap("items[" + at + "]"), not(hasKey(content)));
        }
    }

    @Test
    void eachReadOfTheListIsAuditedOnce() {
        long before = AuditEntries.lastSeq();
        given().auth().oauth2(Tokens.auditor()).queryParam("limit", 1).get("/notices/drafts").then().statusCode(200);

        assertThat(AuditEntries.after(before),
                equalTo(List.of(new Entry("notice.drafts-read", "notice", "drafts", "SUCCESS", "auditor-1", null))));
    }

    @Test
    void badPagingIsAProblemAndWritesNothing() {
        long before = AuditEntries.lastSeq();
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).queryParam("limit", 0).get("/notices/drafts"), 400);
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).queryParam("after", "not-a-cursor")
                .get("/notices/drafts"), 400);
        Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative("org-1")).get("/notices/drafts"), 403);

        assertThat(AuditEntries.after(before), empty());
    }
}
