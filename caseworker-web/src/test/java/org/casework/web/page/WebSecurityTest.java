package org.casework.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.web.People;
import org.casework.web.testing.PageClient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/** The web UI must never be the weak door: sign-in with MFA asked for, strict headers, deny by default. */
@QuarkusTest
class WebSecurityTest {

    @Test
    void aVisitorIsSentToSignInWithPkceAndAskedForMultiFactorAuthentication() {
        Response r = PageClient.fetch("/cases");

        r.then().statusCode(302);
        String location = r.header("Location");
        assertThat(location).contains("/realms/quarkus?").contains("response_type=code").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("acr_values=2");
        String stateCookie = r.getCookies().keySet().stream().filter(c -> c.startsWith("q_auth")).findFirst().orElseThrow();
        assertThat(r.getDetailedCookie(stateCookie).isHttpOnly()).isTrue();
        assertThat(r.getDetailedCookie(stateCookie).isSecured()).isTrue();
        assertThat(r.getDetailedCookie(stateCookie).getSameSite()).isEqualToIgnoringCase("lax");
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicyAndRefusesFraming() {
        for (String path : new String[] { "/register", "/cases", "/no-such-page" }) {
            Response r = PageClient.fetch(path);
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(PageClient.fetch("/register").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void pagesHaveNoInlineScriptsOrStylesForTheCspToBlock() {
        var page = PageClient.page("/register");

        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/static/casework.js");
    }

    @Test
    void theGovukFrontendAssetsAreServedFromTheWebJar() {
        PageClient.fetch("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        PageClient.fetch("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").then().statusCode(200);
        PageClient.fetch("/assets/images/favicon.ico").then().statusCode(200);
        PageClient.fetch("/static/casework.js").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "ada", roles = "caseworker")
    @OidcSecurity(claims = @Claim(key = "sub", value = People.ADA))
    void aPageWithoutARoleRuleIsRefusedToEveryone() {
        PageClient.fetch("/test-only/unruled").then().statusCode(403);
        PageClient.fetch("/test-only/unruled/ruled").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "betty", roles = "org-representative")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "b0000000-0000-4000-8000-0000000be771"),
            @Claim(key = "org_id", value = "org-nhs-supplier") })
    void anOrganisationsRepresentativeSeesNoStaffPage() {
        for (String path : new String[] { "/", "/cases", "/cases/new", "/audit", "/notices/x", "/representations/x" }) {
            PageClient.fetch(path).then().statusCode(403);
        }
    }
}
