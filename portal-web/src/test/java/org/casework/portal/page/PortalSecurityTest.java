package org.casework.portal.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.portal.PortalStubs;
import org.casework.web.testing.PageClient;
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
        Response r = PageClient.fetch("/notices/" + PortalStubs.NOI_ID);

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
            Document page = PageClient.page(path, 403);
            assertThat(page.select("h1").text()).as(path).isEqualTo("You cannot see this page");
        }
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndIsNeverCached() {
        for (String path : new String[] { "/", "/signed-out", "/no-such-page" }) {
            Response r = PageClient.fetch(path);
            assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'self'", "script-src 'self'",
                    "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    @TestSecurity(user = "betty", roles = "org-representative")
    void eachRequestIsLoggedOnceWithItsStatusAndWhoButNeverItsQueryString() throws Exception {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.casework.request");
        java.util.logging.Level was = log.getLevel();
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler keep = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record instanceof org.jboss.logmanager.ExtLogRecord e ? e.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(java.util.logging.Level.INFO);
        log.addHandler(keep);
        try {
            PageClient.page("/?campaign=secret-search-term");
            PageClient.page("/no-such-page", 404);
            // the line is written when the answer has gone, so it may follow the test's read by a moment
            for (int i = 0; i < 50 && lines.size() < 2; i++) {
                Thread.sleep(20);
            }
        } finally {
            log.removeHandler(keep);
            log.setLevel(was);
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("GET / 200 \\d+ms sub=betty trace=[0-9a-f]{32}");
        assertThat(lines.get(1)).matches("GET /no-such-page 404 \\d+ms sub=betty trace=[0-9a-f]{32}");
        assertThat(String.join("\n", lines)).doesNotContain("secret-search-term");
    }

    @Test
    void theSignedOutPageNeedsNoSignIn() {
        Document page = PageClient.page("/signed-out");

        assertThat(page.select("h1").text()).isEqualTo("You have signed out");
        // the GOV.UK head and header shared with the staff UI (web-support's templates/govuk)
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/static/portal.css");
        assertThat(page.select("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
        assertThat(page.select(".govuk-header__logotype-text").text()).isEqualTo("Information Commissioner");
    }
}
