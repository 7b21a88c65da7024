package org.casework.portal.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.portal.Pages;
import org.casework.portal.PortalStubs;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The portal is no weaker a door than the API: sign-in with MFA asked for, organisation representatives only, strict headers. */
@QuarkusTest
class PortalSecurityTest {

    @BeforeEach
    void stubs() {
        PortalStubs.defaults();
    }

    @Test
    void aVisitorIsSentToSignInWithPkceAndAskedForMultiFactorAuthentication() {
        Response r = Pages.fetch("/notices/" + PortalStubs.NOI_ID);

        r.then().statusCode(302);
        assertThat(r.header("Location")).contains("/realms/quarkus?").contains("client_id=casework-portal")
                .contains("response_type=code").contains("code_challenge_method=S256").contains("acr_values=2");
        // the portal's cookies have names of their own, so the staff UI's on the same host never reach it
        String state = r.getCookies().keySet().stream().filter(c -> c.startsWith("q_auth_Default_portal_"))
                .findFirst().orElseThrow(() -> new AssertionError(r.getCookies().keySet().toString()));
        assertThat(r.getDetailedCookie(state).isHttpOnly()).isTrue();
        assertThat(r.getDetailedCookie(state).isSecured()).isTrue();
        PortalStubs.server().verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    void someoneWithoutTheOrganisationRoleIsRefusedEveryPage() {
        for (String path : new String[] { "/", "/notices/" + PortalStubs.NOI_ID, "/notices/" + PortalStubs.NOI_ID + "/representations" }) {
            Document page = Pages.page(path, 403);
            assertThat(page.select("h1").text()).as(path).isEqualTo("You cannot see this page");
        }
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndIsNeverCached() {
        for (String path : new String[] { "/", "/signed-out", "/no-such-page" }) {
            Response r = Pages.fetch(path);
            assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'self'", "script-src 'self'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void theSignedOutPageNeedsNoSignIn() {
        Document page = Pages.page("/signed-out");

        assertThat(page.select("h1").text()).isEqualTo("You have signed out");
    }
}
