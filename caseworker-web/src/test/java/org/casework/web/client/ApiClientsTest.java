package org.casework.web.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.casework.web.ApiStubs;
import org.casework.web.PageClient;
import org.casework.web.People;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** How the typed clients call the APIs: whose token, what a dropped connection or a slow read becomes, what is retried. */
@QuarkusTest
@TestSecurity(user = "ada", roles = "caseworker")
@OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
class ApiClientsTest {

    private static final String CASE = ApiStubs.CASES + "/cases/" + ApiStubs.CASE_ID;

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void everyCallCarriesThePersonsOwnToken() {
        PageClient.page("/cases/" + ApiStubs.CASE_ID);

        ApiStubs.server().verify(getRequestedFor(urlEqualTo(CASE)).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aDroppedConnectionIsAServiceThatDidNotAnswerAndAReadIsTriedOnceMore() {
        ApiStubs.stub(get(urlEqualTo(CASE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Document page = PageClient.page("/cases/" + ApiStubs.CASE_ID, 503);

        assertThat(page.select("main p").first().text()).isEqualTo("The case service did not answer. Try again in a few minutes.");
        ApiStubs.server().verify(2, getRequestedFor(urlEqualTo(CASE)));
    }

    @Test
    void aReadThatTimedOutIsNotTriedAgain() {
        ApiStubs.stub(get(urlEqualTo(CASE)).willReturn(ApiStubs.json(200, ApiStubs.fixture("case.json")).withFixedDelay(2_500)));

        PageClient.page("/cases/" + ApiStubs.CASE_ID, 503);

        ApiStubs.server().verify(1, getRequestedFor(urlEqualTo(CASE)));
    }

    @Test
    void aChangeIsNeverRetriedAndADroppedConnectionSaysNothingWasDone() {
        ApiStubs.stub(post(urlEqualTo(CASE + "/transitions")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Response r = PageClient.submit("/cases/" + ApiStubs.CASE_ID, "/cases/" + ApiStubs.CASE_ID + "/transition",
                Map.of("to", "INVESTIGATING", "reason", "Evidence received"));

        r.then().statusCode(503);
        assertThat(PageClient.parse(r).select(".govuk-notification-banner").text()).contains("Nothing was done because "
                + "the case service did not answer");
        ApiStubs.server().verify(1, postRequestedFor(urlEqualTo(CASE + "/transitions")));
    }
}
