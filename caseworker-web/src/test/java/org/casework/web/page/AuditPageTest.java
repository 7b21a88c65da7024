package org.casework.web.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

@QuarkusTest
@TestSecurity(user = "alan", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ALAN))
class AuditPageTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void showsEachServicesChainStatusAndTheChosenServicesEntries() {
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.NOTICES + "/audit/verify")).willReturn(StubAnswers.json(200,
                "{\"valid\":false,\"entries\":40,\"brokenAt\":17,\"reason\":\"hash does not match\",\"lastHash\":\"aa\"}")));
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.REPRESENTATIONS + "/audit/verify")).willReturn(aResponse().withStatus(503)));

        Document page = PageClient.page("/audit");

        var rows = page.select("table").first().select("tbody tr");
        assertThat(rows.eachText()).containsExactly("case-service Verified 12",
                "notice-service Broken at entry 17: hash does not match 40",
                "representation-service Not checked the service did not answer");
        assertThat(page.select("td.casework-what").first().text()).isEqualTo("Opened a case case.opened: case " + ApiStubs.CASE_ID);
        assertThat(page.select("td.casework-who").first().text()).isEqualTo("Ada Byron caseworker " + People.ADA);
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/audit?service=CASES&after=c2VxLTE");
    }

    @Test
    void aServiceWithNoEntriesYetSaysSoAndABrokenChainWithoutDetailsIsStillShownBroken() {
        ApiStubs.answer(ApiStubs.REPRESENTATIONS, "/audit/events", "page-empty.json");
        ApiStubs.stub(get(urlPathEqualTo(ApiStubs.REPRESENTATIONS + "/audit/verify")).willReturn(StubAnswers.json(200,
                "{\"valid\":false,\"entries\":0}")));

        Document page = PageClient.page("/audit?service=REPRESENTATIONS");

        assertThat(page.select("table").first().select("tbody tr").get(2).text())
                .isEqualTo("representation-service Broken: no reason given 0");
        assertThat(page.select("table").get(1).select("tbody tr").text()).isEqualTo("No entries.");
        assertThat(page.select("a[rel=next]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void onlyAuditorsSeeTheAuditView() {
        Document page = PageClient.page("/audit", 403);

        assertThat(page.select("h1").text()).isEqualTo("You cannot see this page");
    }
}
