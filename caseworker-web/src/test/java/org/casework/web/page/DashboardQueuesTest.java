package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The dashboard's view of what waits on the regulator, each section failing on its own; and the case
 * state APPEALED read as "Under appeal" in the chart, the lists and the case page.
 */
@QuarkusTest
@TestSecurity(user = "grace", roles = "decision-maker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
class DashboardQueuesTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/hearing-requests/to-decide", "hearings-to-decide.json");
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/representations/to-consider", "representations-to-consider.json");
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/extension-requests/to-decide", "extensions-to-decide.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/appeals", "appeals.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/penalty-accounts", "penalty-accounts.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/penalty-accounts/totals", "penalty-totals.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/compliance-dates", "compliance-dates.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/notices/drafts", "drafts-to-issue.json");
    }

    @Test
    void eachQueueShowsItsCountAndItsFirstItemsLinkedToWhereTheyAreDealtWith() {
        Document page = PageClient.page("/");

        assertThat(page.select("#hearings-to-decide .casework-count").text()).isEqualTo("1 or more");
        assertThat(page.select("#hearings-to-decide + ul a").attr("href")).isEqualTo("/notices/" + ApiStubs.NOI_ID + "/hearing-requests");
        assertThat(page.select("#appeals-pending .casework-count").text()).isEqualTo("1");
        assertThat(page.select("#appeals-pending + ul li").text())
                .isEqualTo("PN-2026-0001: appeal EA/2026/0042 Advanced Health Software, lodged 20 April 2026");
        assertThat(page.select("#payments-overdue .casework-count").text()).isEqualTo("3");
        assertThat(page.select("#payments-overdue + ul li").text())
                .isEqualTo("PN-2026-0001: £2,076,320.00 owed since 3 November 2026 Advanced Health Software");
        assertThat(page.select("#recoveries-possible .casework-count").text()).isEqualTo("1");
        assertThat(page.select("#recoveries-possible + ul a").attr("href")).isEqualTo("/notices/" + ApiStubs.PENALTY_ID + "#recovery");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.NOTICES + "/appeals")).withQueryParam("status", equalTo("PENDING")));
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.NOTICES + "/penalty-accounts"))
                .withQueryParam("filter", equalTo("RECOVERY_POSSIBLE")));
    }

    /** The task list: what waits on staff, each item linking to the page where it is dealt with. */
    @Test
    void representationsToConsiderAndRequestsForMoreTimeLeadToWhereTheyAreDealtWith() {
        Document page = PageClient.page("/");

        assertThat(page.select("#representations-to-consider .casework-count").text()).isEqualTo("1");
        assertThat(page.select("#representations-to-consider + ul li").text())
                .isEqualTo("NOI-2026-0001: received 20 October 2026 at 10:30am From org-nhs-supplier");
        assertThat(page.select("#representations-to-consider + ul a").attr("href"))
                .isEqualTo("/representations/" + ApiStubs.REPRESENTATION_ID);
        assertThat(page.select("a#all-representations-to-consider").attr("href")).isEqualTo("/waiting/representations");
        assertThat(page.select("#extensions-to-decide .casework-count").text()).isEqualTo("2 or more");
        assertThat(page.select("#extensions-to-decide + ul li").eachText()).containsExactly(
                "NOI-2026-0001: more time until 30 November 2026 From org-nhs-supplier, asked 22 October 2026 at 3:00pm",
                "Notice of intent: more time until 7 December 2026 From org-retailer, asked 23 October 2026 at 3:00pm");
        assertThat(page.select("#extensions-to-decide + ul a").eachAttr("href")).containsExactly(
                "/cases/" + ApiStubs.CASE_ID + "#representations", "/notices/" + ApiStubs.WITHDRAWN_ID);
    }

    @Test
    void draftsWaitingToBeIssuedAreCountedAndEachLeadsToItsNoticeNamingWhoDraftedIt() {
        Document page = PageClient.page("/");

        assertThat(page.select("#drafts-to-issue .casework-count").text()).isEqualTo("2 or more");
        assertThat(page.select("#drafts-to-issue + ul li").eachText()).containsExactly(
                "Notice of intent: INV-2026-000001 Advanced Health Software; drafted by Ada Byron, 19 October 2026 at 9:15am",
                "Penalty notice: INV-2026-000002 Corner Shop Retail Ltd; drafted by Alan Turing, 21 October 2026 at 3:00pm");
        assertThat(page.select("#drafts-to-issue + ul a").eachAttr("href")).containsExactly(
                "/notices/90110000-0000-4000-8000-000000000001", "/notices/90110000-0000-4000-8000-000000000002");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.NOTICES + "/notices/drafts"))
                .withQueryParam("limit", equalTo("50")));
    }

    @Test
    void complianceDatesDueAndMissedAreCountedAndTheFirstListedWithTheMissedOnesMarked() {
        Document page = PageClient.page("/");

        assertThat(page.select("#compliance-dates .casework-count").eachText()).containsExactly("1 due", "1 missed");
        assertThat(page.select("#compliance-dates + ul li").eachText()).containsExactly(
                "EN-2026-0003, step 1: Missed due 30 November 2026 Advanced Health Software",
                "EN-2026-0003, step 2: due 15 January 2027 Advanced Health Software");
        assertThat(page.select("#compliance-dates + ul a").first().attr("href"))
                .isEqualTo("/notices/90110000-0000-4000-8000-000000000007#steps");
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.NOTICES + "/compliance-dates"))
                .withQueryParam("days", equalTo("60")).withQueryParam("limit", equalTo("5")));
    }

    @Test
    void theMoneyOnPenaltiesIsShownAsNoticeServiceTotalsIt() {
        Document page = PageClient.page("/");

        assertThat(page.select("#penalty-totals .govuk-summary-list__row").eachText()).containsExactly(
                "Outstanding £7,228,960.50 on 5 penalties", "Overdue £4,076,320.00 on 3 penalties",
                "Refunds due £1,250.00 to 1 organisation");
    }

    @Test
    void emptyQueuesSaySoAndTheListsCountThemselvesWithoutTotals() {
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/hearing-requests/to-decide", "page-empty.json");
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/representations/to-consider", "page-empty.json");
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/extension-requests/to-decide", "page-empty.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/appeals", "page-empty.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/penalty-accounts", "page-empty.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/compliance-dates", "compliance-none.json");
        ApiStubs.answer(ApiStubs.NOTICES, "/notices/drafts", "page-empty.json");
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/penalty-accounts/totals")).willReturn(aResponse().withStatus(503)));

        Document page = PageClient.page("/");

        assertThat(page.text()).contains("Every representation received has been considered.",
                "No request for more time is waiting for a decision.",
                "No request for an oral hearing is waiting for a decision.", "No appeal is pending.",
                "No penalty is overdue.", "No penalty can be referred for recovery.", "No notice is waiting to be issued.",
                "The totals could not be loaded just now.",
                "No step of an enforcement notice is due in the next 60 days or missed.");
        assertThat(page.select("#penalty-totals")).isEmpty();
        assertThat(page.select("#payments-overdue .casework-count").text()).isEqualTo("0");
    }

    @Test
    void aServiceThatDoesNotAnswerEmptiesOnlyItsOwnSections() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.REPRESENTATIONS + "/hearing-requests/to-decide"))
                .willReturn(aResponse().withStatus(503)));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.REPRESENTATIONS + "/representations/to-consider"))
                .willReturn(aResponse().withStatus(503)));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/penalty-accounts")).willReturn(aResponse().withStatus(503)));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/compliance-dates")).willReturn(aResponse().withStatus(503)));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/notices/drafts")).willReturn(aResponse().withStatus(503)));

        Document page = PageClient.page("/");

        assertThat(page.text()).contains("Hearings to decide could not be loaded just now.",
                "Drafts could not be loaded just now.",
                "Representations to consider could not be loaded just now.",
                "Compliance dates could not be loaded just now.",
                "Overdue payments could not be loaded just now.", "Recoveries could not be loaded just now.");
        assertThat(page.select("#hearings-to-decide .casework-count, #payments-overdue .casework-count")).isEmpty();
        assertThat(page.select("#appeals-pending + ul li")).hasSize(1);
        assertThat(page.select("table").first().select("tbody tr")).hasSize(2);
    }

    @Test
    void aCaseUnderAppealIsNamedSoInTheChartTheListsAndOnItsPage() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.CASES + "/cases/counts"))
                .willReturn(StubAnswers.json(200, "{\"DECIDED\": 2, \"APPEALED\": 4, \"CLOSED\": 7}")));
        ApiStubs.answerWith(ApiStubs.CASES, "/cases", "cases.json", "\"status\": \"OPEN\"", "\"status\": \"APPEALED\"");
        ApiStubs.answerWith(ApiStubs.CASES, "/cases/" + ApiStubs.CASE_ID, "case.json", "\"status\": \"INVESTIGATING\"",
                "\"status\": \"APPEALED\"");

        Document dashboard = PageClient.page("/");
        Document cases = PageClient.page("/cases");
        Document theCase = PageClient.page("/cases/" + ApiStubs.CASE_ID);

        assertThat(dashboard.select("figcaption table tr").eachText()).containsExactly("Open 0", "Investigating 0",
                "Notice of intent issued 0", "Decided 2", "Under appeal 4", "Closed 7");
        assertThat(dashboard.select("svg.casework-chart__svg rect")).hasSize(6);
        assertThat(cases.select("tbody .govuk-tag").eachText()).contains("Under appeal");
        assertThat(theCase.select("main .govuk-tag").first().text()).isEqualTo("Under appeal");
        assertThat(cases.select("#status option").eachText()).contains("Under appeal");
    }
}
