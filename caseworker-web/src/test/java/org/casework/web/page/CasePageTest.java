package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.casework.web.ApiStubs;
import org.casework.web.People;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.testing.PageClient;
import org.casework.web.testing.StubAnswers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** The case page in every state a case, its notices and their representation windows can be in. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class CasePageTest {

    private static final String PAGE = "/cases/" + ApiStubs.CASE_ID;

    @Inject
    PeopleDirectory people;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void showsTheFactsInWordsAndFigures() {
        Document page = PageClient.page(PAGE);

        assertThat(page.title()).isEqualTo("CW-2026-0001: Patient records taken through a customer account – Casework");
        assertThat(page.select("h2").eachText()).contains("Facts", "Findings", "Notices", "Representations", "Timeline", "Assignment");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Source Breach report",
                "People affected 82,946", "Worldwide turnover £30,500,000.00 (year to 31 December 2025)",
                "Happened 4 August 2026", "Special category data Yes", "Organisation Advanced Health Software Identifier org-nhs-supplier");
        assertThat(page.select(".govuk-summary-list__row:contains(Legal entities) li").eachText()).containsExactly(
                "Advanced Health Software Ltd (company 01234567) 1 High Street, London",
                "AHS Holdings plc Address not recorded");
        assertThat(page.select(".casework-finding h3").text()).isEqualTo("UK GDPR Article 32(1)");
        assertThat(page.select(".casework-timeline li")).hasSize(5);
        assertThat(page.select("#assignment + p").text()).isEqualTo("Assigned to you.");
        assertThat(page.select("a#correct-facts").attr("href")).isEqualTo(PAGE + "/facts");
    }

    /** A draft has no reference, no date given and no document: the page that crashed on it says so instead. */
    @Test
    void listsANoticeInEachStateItCanBeIn() {
        Document page = PageClient.page(PAGE);

        var rows = page.select("table.casework-notices tbody tr");
        assertThat(rows.eachText()).containsExactly(
                "Notice of intent No reference until it is issued Draft Not given £783,000.00",
                "Notice of intent No reference until it is issued Draft Being issued Not given £783,000.00",
                "Notice of intent NOI-2026-0001 Issued 5 October 2026 £783,000.00",
                "Notice of intent NOI-2026-0002 Withdrawn 1 September 2026 £783,000.00",
                "Penalty notice PN-2026-0001 Issued 27 March 2026 £3,076,320.00");
        assertThat(rows.first().select("a").attr("href")).isEqualTo("/notices/" + ApiStubs.DRAFT_ID);
        assertThat(rows.first().select(".govuk-tag").hasClass("govuk-tag--purple")).isTrue();
    }

    /** The reference case as a newcomer first meets it: its one notice a draft of a notice of intent. */
    @Test
    void aCaseWhoseOnlyNoticeIsADraftShowsIt() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/notices")).willReturn(StubAnswers.json(200,
                "{\"items\":[" + StubAnswers.fixture("notice-draft.json") + "],\"next\":null}")));

        Document page = PageClient.page(PAGE);

        assertThat(page.select("table.casework-notices tbody tr").text())
                .isEqualTo("Notice of intent No reference until it is issued Draft Not given £783,000.00");
        assertThat(page.select("#representations ~ p").first().text())
                .isEqualTo("Representations are made on a notice of intent once it is given.");
    }

    @Test
    void showsEachGivenNoticeOfIntentsWindowOpenExtendedOrClosedWithItsRepresentationsAndRequests() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("#representations ~ h3").eachText()).containsExactly("On NOI-2026-0001", "On NOI-2026-0002");
        assertThat(page.select(".casework-window").eachText()).containsExactly(
                "Open for representations until the end of 31 December 2099 (extended).",
                "Closed: representations were due by 21 September 2026. The notice was withdrawn.");
        assertThat(page.select("a[href=/representations/" + ApiStubs.REPRESENTATION_ID + "/files/" + ApiStubs.FILE_ID + "]").text())
                .isEqualTo("board-minutes.pdf");
        var requests = page.select(".casework-request");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).select("form[action$=/decision]")).hasSize(1);
        assertThat(requests.get(1).select("p").last().text()).isEqualTo("Granted until 31 December 2099: A reasonable request");
        assertThat(requests.get(2).select("p").last().text()).isEqualTo("Refused: No reason to extend");
        assertThat(page.text()).contains("None received.");
    }

    @Test
    void aWindowPastItsLastDayWithoutAGrantedRequestIsClosed() {
        ApiStubs.answerFor(ApiStubs.REPRESENTATIONS, "/extension-requests", ApiStubs.NOI_ID, StubAnswers.json(200, "[]"));

        Document page = PageClient.page(PAGE);

        assertThat(page.select(".casework-window").first().text()).isEqualTo("Closed: representations were due by 2 November 2026.");
    }

    @Test
    void aCaseWithNothingOptionalRecordedSaysWhatIsNotKnown() {
        ApiStubs.answer(ApiStubs.NOTICES, "/notices", "page-empty.json");

        Document page = PageClient.page("/cases/" + ApiStubs.SPARSE_CASE_ID);

        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Organisation High Street Retail",
                "Legal entities High Street Retail Ltd Address not recorded", "Worldwide turnover Not recorded",
                "Happened Not known", "Discovered Not known", "Reported Not known", "Kinds of data Not recorded",
                "Special category data No", "Source Complaint", "People affected 1,200");
        assertThat(page.select("#assignment + p").text()).isEqualTo("Not assigned.");
        assertThat(page.text()).contains("No findings recorded yet.", "No notices yet.",
                "Representations are made on a notice of intent once it is given.", "Nothing recorded yet.");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void eachStateOffersOnlyTheActionsItAllows() {
        Map<String, String> expected = Map.of(
                "OPEN", "Open|facts|finding|move|",
                "INVESTIGATING", "Investigating|facts|finding||draft",
                "NOTICE_OF_INTENT_ISSUED", "Notice of intent issued|facts|finding||draft",
                "DECIDED", "Decided||||",
                "CLOSED", "Closed||||");
        expected.forEach((status, want) -> {
            ApiStubs.answerWith(ApiStubs.CASES, "/cases/" + ApiStubs.CASE_ID, "case.json",
                    "\"status\": \"INVESTIGATING\"", "\"status\": \"" + status + "\"");

            Document page = PageClient.page(PAGE);

            String seen = page.select("h1 + p .govuk-tag").text()
                    + "|" + (page.select("a#correct-facts").isEmpty() ? "" : "facts")
                    + "|" + (page.select("form[action$=/findings]").isEmpty() ? "" : "finding")
                    + "|" + (page.select("form[action$=/transition]").isEmpty() ? "" : "move")
                    + "|" + (page.select("a[href$=/notices/new?type=NOTICE_OF_INTENT]").isEmpty() ? "" : "draft");
            assertThat(seen).as(status).isEqualTo(want);
        });
    }

    @Test
    @TestSecurity(user = "grace", roles = "decision-maker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.GRACE))
    void aDecisionMakerClosesADecidedCase() {
        ApiStubs.answerWith(ApiStubs.CASES, "/cases/" + ApiStubs.CASE_ID, "case.json",
                "\"status\": \"INVESTIGATING\"", "\"status\": \"DECIDED\"");

        Document page = PageClient.page(PAGE);

        assertThat(page.select("form[action$=/transition] input[name=to]").eachAttr("value")).containsExactly("CLOSED");
        assertThat(page.select("#assignment + p").text()).isEqualTo("Assigned to Ada Byron.");
    }

    /** People by name from the directory, states and moves in words; never a subject or a code where a name or words exist. */
    @Test
    void theTimelineNamesPeopleAndSaysWhatHappenedInWords() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select(".casework-timeline li").eachText()).containsExactly(
                "7 August 2026 at 11:00am Case CW-2026-0001 opened By Ada Byron",
                "7 August 2026 at 11:05am Assigned to Ada Byron By Ada Byron",
                "8 August 2026 at 11:00am Moved from Open to Investigating: Breach report reviewed By Ada Byron",
                "5 October 2026 at 10:00am Moved from Investigating to Notice of intent issued By Grace Hopper through notice-service",
                "6 October 2026 at 10:00am Finding recorded: UK GDPR Article 32(1) By " + People.DEPARTED);
        assertThat(page.text()).doesNotContain("BREACH_REPORT", "NOTICE_OF_INTENT_ISSUED", People.ADA);
        ApiStubs.server().verify(getRequestedFor(urlPathEqualTo(ApiStubs.DIRECTORY + "/users/" + People.ADA))
                .withHeader("Authorization", equalTo("Bearer " + ApiStubs.DIRECTORY_TOKEN)));
        // the directory's token is kept until it nearly expires, not asked for again for each page
        PageClient.page(PAGE);
        ApiStubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly(1),
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(ApiStubs.DIRECTORY + "/token")));
    }

    /**
     * The directory down: the page still answers, with the names it read before, and the subjects it has never
     * been able to name.
     */
    @Test
    void withoutTheDirectoryThePageKeepsTheNamesItKnewAndShowsSubjectsForTheRest() {
        PageClient.page(PAGE);
        ApiStubs.stub(get(urlPathMatching(ApiStubs.DIRECTORY + "/users/.*")).willReturn(aResponse().withStatus(503)));

        assertThat(PageClient.page(PAGE, 200).select(".casework-timeline li").get(1).text())
                .isEqualTo("7 August 2026 at 11:05am Assigned to Ada Byron By Ada Byron");

        people.forget();
        assertThat(PageClient.page(PAGE, 200).select(".casework-timeline li").get(1).text())
                .isEqualTo("7 August 2026 at 11:05am Assigned to " + People.ADA + " By " + People.ADA);
    }

    @Test
    void everyFormCarriesTheCsrfToken() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("form[method=post]")).isNotEmpty().allSatisfy(
                form -> assertThat(form.select("input[name=csrf-token]").val()).isNotBlank());
    }

    @Test
    void recordingAFindingSendsTheVersionReadSoAStaleWriteIsRefused() {
        ApiStubs.stub(post(urlEqualTo(ApiStubs.CASES + PAGE + "/findings"))
                .willReturn(StubAnswers.problem(412, "Precondition failed", "The resource has changed since you read it", null)));

        Response r = PageClient.submit(PAGE, PAGE + "/findings", Map.of("etag", "4", "provision", "Article 5(1)(f)",
                "description", "Integrity and confidentiality"));

        r.then().statusCode(412);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-notification-banner").text()).contains("has changed since you read it");
        assertThat(page.select("#provision").val()).isEqualTo("Article 5(1)(f)");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(ApiStubs.CASES + PAGE + "/findings"))
                .withHeader("If-Match", equalTo("\"4\"")));
    }

    @Test
    void afterAnActionTheCasePageConfirmsWhatHappened() {
        ApiStubs.stub(put(urlEqualTo(ApiStubs.CASES + PAGE + "/assignee")).willReturn(StubAnswers.json(200, StubAnswers.fixture("case.json"))));

        Response r = PageClient.submit(PAGE, PAGE + "/assignment", Map.of("etag", "4", "assign", "nobody"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith(PAGE + "?done=assignment-changed");
        ApiStubs.server().verify(putRequestedFor(urlEqualTo(ApiStubs.CASES + PAGE + "/assignee"))
                .withHeader("If-Match", equalTo("\"4\"")).withRequestBody(equalToJson("{\"caseworker\":null}")));
        Element banner = PageClient.page(PAGE + "?done=assignment-changed").selectFirst(".govuk-notification-banner--success");
        assertThat(banner.attr("role")).isEqualTo("alert");
        assertThat(banner.text()).isEqualTo("Success The assignment was changed");
    }

    @Test
    void anAddressCannotMakeThePageSayAnythingButItsOwnConfirmations() {
        Document page = PageClient.page(PAGE + "?done=%3Cb%3Eyou+have+been+fined%3C%2Fb%3E");

        assertThat(page.select(".govuk-notification-banner")).isEmpty();
        assertThat(page.text()).doesNotContain("fined");
    }

    @Test
    void movingTheCaseAlwaysSendsAnIdempotencyKeyEvenWhenTheFormLostIt() {
        ApiStubs.answerWith(ApiStubs.CASES, "/cases/" + ApiStubs.CASE_ID, "case.json",
                "\"status\": \"INVESTIGATING\"", "\"status\": \"OPEN\"");
        ApiStubs.stub(post(urlEqualTo(ApiStubs.CASES + PAGE + "/transitions")).willReturn(StubAnswers.json(200, "{}")));

        Document form = PageClient.page(PAGE);
        String key = form.select("form[action$=/transition] input[name=idempotency-key]").val();
        PageClient.submit(PAGE, PAGE + "/transition", Map.of("to", "INVESTIGATING", "reason", "Assessed",
                "idempotency-key", key)).then().statusCode(303);
        PageClient.submit(PAGE, PAGE + "/transition", Map.of("to", "INVESTIGATING", "reason", "Assessed"))
                .then().statusCode(303);

        assertThat(key).matches("[0-9a-f-]{36}");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(ApiStubs.CASES + PAGE + "/transitions"))
                .withHeader("Idempotency-Key", equalTo(key)));
        ApiStubs.server().verify(2, postRequestedFor(urlEqualTo(ApiStubs.CASES + PAGE + "/transitions"))
                .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}")));
    }

    @Test
    void anExtensionDecisionWithoutAChoiceIsShownAsAnErrorAndNothingIsSent() {
        String action = PAGE + "/extension-requests/" + ApiStubs.EXTENSION_ID + "/decision";

        Response r = PageClient.submit(PAGE, action, Map.of("decision-reason", "Reasonable"));

        r.then().statusCode(400);
        Document page = PageClient.parse(r);
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#decision");
        assertThat(page.select("#decision-reason").text()).isEqualTo("Reasonable");
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.REPRESENTATIONS + "/extension-requests/"
                + ApiStubs.EXTENSION_ID + "/decision")));
    }

    @Test
    void grantingAnExtensionSendsTheDecision() {
        String api = ApiStubs.REPRESENTATIONS + "/extension-requests/" + ApiStubs.EXTENSION_ID + "/decision";
        ApiStubs.stub(post(urlEqualTo(api)).willReturn(StubAnswers.json(200, "{}")));

        Response r = PageClient.submit(PAGE, PAGE + "/extension-requests/" + ApiStubs.EXTENSION_ID + "/decision",
                Map.of("decision", "grant", "until-day", "30", "until-month", "11", "until-year", "2026",
                        "decision-reason", "Reasonable"));

        r.then().statusCode(303);
        assertThat(r.header("Location")).endsWith("?done=extension-decided");
        ApiStubs.server().verify(postRequestedFor(urlEqualTo(api)).withRequestBody(matchingJsonPath("$.granted", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.until", equalTo("2026-11-30"))));
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsReadTheCaseButHaveNoActions() {
        Document page = PageClient.page(PAGE);

        assertThat(page.select("h1").text()).isEqualTo("Patient records taken through a customer account");
        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(page.select("a[href*=/notices/new], a#correct-facts")).isEmpty();
    }

    @Test
    @TestSecurity(user = "alan", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
    void auditorsCannotPostAFindingEvenByHand() {
        Response r = PageClient.submit(PAGE, PAGE + "/findings", Map.of("etag", "4", "provision", "x", "description", "y"));

        r.then().statusCode(403);
        ApiStubs.server().verify(0, postRequestedFor(urlEqualTo(ApiStubs.CASES + PAGE + "/findings")));
    }

    @Test
    void anUnknownCaseIsAGovukPageNotFound() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.CASES + "/cases/5a1e0000-0000-4000-8000-0000000000ff"))
                .willReturn(StubAnswers.problem(404, "Not found", "No such case", null)));

        Document page = PageClient.page("/cases/5a1e0000-0000-4000-8000-0000000000ff", 404);

        assertThat(page.select("h1").text()).isEqualTo("Page not found");
    }
}
