package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.casework.testing.PostgresResource;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The case list over a few thousand cases: every page in order, no duplicates, no gaps, under each
 * sort and filter, compared with the same question asked of the database directly.
 */
@QuarkusTest
class CaseSearchTest {

    private static final int GENERATED = 3000;

    @BeforeAll
    static void generateCases() throws SQLException {
        // Opened in groups of three at the same instant, so ties on the sort key must be broken by id.
        Sql.update("""
                insert into investigation_case (id, reference, title, summary, source, organisation_id,
                    organisation_name, legal_entities, data_categories, special_category_data, status, assignee,
                    opened_at, opened_by, updated_at, version, people_affected)
                select gen_random_uuid(), 'INV-2020-' || lpad(n::text, 6, '0'),
                    case when n % 7 = 0 then 'Ransomware attack on supplier ' || n else 'Marketing emails complaint ' || n end,
                    case when n % 11 = 0 then 'Patient records were exfiltrated' else 'Emails sent without consent' end,
                    'COMPLAINT', 'org-' || (n % 50), 'Generated Organisation ' || (n % 50), '[{"name":"Generated Ltd"}]',
                    '[]', false, (array['OPEN','INVESTIGATING','NOTICE_OF_INTENT_ISSUED','DECIDED','APPEALED','CLOSED'])[1 + n % 6],
                    case when n % 3 = 0 then 'cw-' || (n % 4) end,
                    timestamptz '2020-01-01 00:00:00+00' + (n / 3) * interval '1 hour', 'generator', now(), 0, n
                from generate_series(1, ?) n
                on conflict (reference) do nothing""", GENERATED);
    }

    private static List<String> pageThrough(Map<String, Object> params, int limit) {
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            RequestSpecification request = given().auth().oauth2(Tokens.caseworker()).queryParams(params)
                    .queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/cases").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            after = page.getString("next");
            pages++;
            assertThat("runaway paging", pages < 1000);
        } while (after != null);
        return ids;
    }

    private static List<String> expected(String where, String orderBy, Object... params) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select id from investigation_case where " + where
                        + " order by " + orderBy)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void assertSameOrderNoDuplicates(List<String> actual, List<String> expected) {
        assertThat(new HashSet<>(actual).size(), equalTo(actual.size()));
        assertThat(actual, equalTo(expected));
    }

    @Test
    void pagesThroughEveryCaseNewestFirstWithoutDuplicatesOrGaps() throws SQLException {
        List<String> expected = expected("true", "opened_at desc, id desc");
        assertThat(expected.size(), greaterThan(GENERATED - 1));
        assertSameOrderNoDuplicates(pageThrough(Map.of(), 200), expected);
    }

    @Test
    void pagesThroughEveryCaseOldestFirstInSmallPages() throws SQLException {
        assertSameOrderNoDuplicates(pageThrough(Map.of("sort", "opened"), 37), expected("true", "opened_at asc, id asc"));
    }

    @Test
    void sortsByReferenceAndByTitleBothWays() throws SQLException {
        assertSameOrderNoDuplicates(pageThrough(Map.of("sort", "reference"), 200), expected("true", "reference, id"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("sort", "-reference"), 200), expected("true", "reference desc, id desc"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("sort", "title"), 150), expected("true", "title, id"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("sort", "-title"), 150), expected("true", "title desc, id desc"));
    }

    @Test
    void filtersByStatusAssigneeAndOrganisation() throws SQLException {
        assertSameOrderNoDuplicates(pageThrough(Map.of("status", "INVESTIGATING,DECIDED"), 100),
                expected("status in ('INVESTIGATING', 'DECIDED')", "opened_at desc, id desc"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("assignee", "cw-2"), 100),
                expected("assignee = 'cw-2'", "opened_at desc, id desc"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("organisation", "org-7"), 20),
                expected("organisation_id = 'org-7'", "opened_at desc, id desc"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("organisation", "generated organisation 4"), 50),
                expected("lower(organisation_name) like 'generated organisation 4%'", "opened_at desc, id desc"));
    }

    @Test
    void findsCasesByWordsInTitleAndSummary() throws SQLException {
        List<String> ransomware = pageThrough(Map.of("q", "ransomware", "sort", "reference"), 100);
        assertSameOrderNoDuplicates(ransomware, expected("search_vector @@ websearch_to_tsquery('english', 'ransomware')",
                "reference, id"));
        assertThat(ransomware.size(), greaterThan(GENERATED / 7 - 1));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", "exfiltrated patient", "status", "OPEN"), 100),
                expected("search_vector @@ websearch_to_tsquery('english', 'exfiltrated patient') and status = 'OPEN'",
                        "opened_at desc, id desc"));
    }

    @Test
    void findsAFewCasesFarApartPageByPageWhenTheNewestRowsHoldTooFewOfThem() throws SQLException {
        // Titles carry their number: three cases, the oldest, one in the middle and the newest, far more
        // than a probe's worth of rows apart, so each page is made from the word's own index.
        String words = "7 or 1505 or 2996";
        List<String> expected = expected("search_vector @@ websearch_to_tsquery('english', ?)", "opened_at desc, id desc", words);
        assertThat(expected.size(), equalTo(3));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", words), 2), expected);
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", words, "sort", "title"), 1),
                expected("search_vector @@ websearch_to_tsquery('english', ?)", "title, id", words));
    }

    @Test
    void wordsWithOneStateOrAnAssigneeArePagedExactlyAlongThatFiltersOwnOrder() throws SQLException {
        // The probe walks the state's (or assignee's) own rows in time order; several states, or the title
        // sort, probe the whole list as before. Every combination pages to exactly what the database says.
        String word = "patient";
        String text = "search_vector @@ websearch_to_tsquery('english', ?)";
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", word, "status", "OPEN"), 7),
                expected(text + " and status = 'OPEN'", "opened_at desc, id desc", word));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", word, "status", "CLOSED", "sort", "opened"), 5),
                expected(text + " and status = 'CLOSED'", "opened_at, id", word));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", word, "assignee", "cw-1"), 3),
                expected(text + " and assignee = 'cw-1'", "opened_at desc, id desc", word));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", word, "status", "OPEN,CLOSED"), 9),
                expected(text + " and status in ('OPEN', 'CLOSED')", "opened_at desc, id desc", word));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", word, "status", "OPEN", "sort", "-title"), 8),
                expected(text + " and status = 'OPEN'", "title desc, id desc", word));
        assertSameOrderNoDuplicates(pageThrough(Map.of("q", "xylophone", "status", "OPEN"), 4), List.of());
    }

    @Test
    void aWordInNoCaseFindsNothingUnderAnySortOrFilter() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(Map.of("q", "xylophone"),
                Map.of("q", "xylophone", "sort", "title"), Map.of("q", "xylophone", "status", "OPEN"),
                Map.of("assignee", "nobody-at-all"), Map.of("organisation", "org-none"))) {
            assertThat(params.toString(), pageThrough(params, 20).size(), equalTo(0));
        }
    }

    @Test
    void aRareOrganisationIsPagedExactlyWhetherTheNewestRowsHoldAFullPageOrNot() throws SQLException {
        // org-7 is one case in 50: a page of 20 is found among the newest rows, a page of 60 is not.
        assertSameOrderNoDuplicates(pageThrough(Map.of("organisation", "org-7"), 60),
                expected("organisation_id = 'org-7'", "opened_at desc, id desc"));
        assertSameOrderNoDuplicates(pageThrough(Map.of("organisation", "org-7", "assignee", "cw-3", "sort", "-title"), 3),
                expected("organisation_id = 'org-7' and assignee = 'cw-3'", "title desc, id desc"));
    }

    @Test
    void anOrganisationFoundPartlyByItsIdAndPartlyByItsNameIsPagedExactlyAcrossBoth() throws SQLException {
        // Four cases under the id org-split and four others whose name starts "Org-Split": neither part alone holds
        // a page of five and one more, both together do, so the page comes from the union of the two.
        Sql.update("""
                insert into investigation_case (id, reference, title, summary, source, organisation_id,
                    organisation_name, legal_entities, data_categories, special_category_data, status,
                    opened_at, opened_by, updated_at, version, people_affected)
                select gen_random_uuid(), 'INV-2019-' || lpad(n::text, 6, '0'), 'Split organisation case ' || n,
                    'Emails sent without consent', 'COMPLAINT',
                    case when n % 2 = 0 then 'org-split' else 'org-split-trading-' || n end,
                    case when n % 2 = 0 then 'Split Ltd' else 'Org-Split Trading ' || n end,
                    '[{"name":"Split Ltd"}]', '[]', false, 'OPEN',
                    timestamptz '2019-06-01 00:00:00+00' + (n / 2) * interval '1 day', 'generator', now(), 0, n
                from generate_series(1, 8) n
                on conflict (reference) do nothing""");
        String where = "organisation_id = 'org-split' or lower(organisation_name) like 'org-split%'";
        assertThat(expected(where, "opened_at desc, id desc").size(), equalTo(8));
        for (int limit : new int[] { 3, 5, 7, 8, 20 }) {
            assertSameOrderNoDuplicates(pageThrough(Map.of("organisation", "org-split"), limit),
                    expected(where, "opened_at desc, id desc"));
            assertSameOrderNoDuplicates(pageThrough(Map.of("organisation", "org-split", "sort", "title"), limit),
                    expected(where, "title asc, id asc"));
        }
    }

    @Test
    void treatsSearchTextAndWildcardsAsPlainText() {
        given().auth().oauth2(Tokens.caseworker()).queryParam("q", "') or 1=1; --").get("/cases")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(Tokens.caseworker()).queryParam("organisation", "%").get("/cases")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aCursorFromOneSortIsRefusedUnderAnother() {
        String next = given().auth().oauth2(Tokens.caseworker()).queryParam("limit", 5).get("/cases")
                .then().statusCode(200).extract().path("next");
        given().auth().oauth2(Tokens.caseworker()).queryParam("after", next).queryParam("sort", "title").get("/cases")
                .then().statusCode(400);
    }
}
