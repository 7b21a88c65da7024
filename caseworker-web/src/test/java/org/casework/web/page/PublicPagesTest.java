package org.casework.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.web.ApiStubs;
import org.casework.web.testing.PageClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Pages anyone may see, signed in or not. */
@QuarkusTest
class PublicPagesTest {

    @BeforeEach
    void stubs() {
        ApiStubs.defaults();
    }

    @Test
    void theRegisterListsPublishedDecisionsWithoutSigningIn() {
        Document page = PageClient.page("/register");

        assertThat(page.select("h1").text()).isEqualTo("Register of decisions");
        assertThat(page.select(".casework-register-entry h2").text()).isEqualTo("Advanced Health Software");
        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Penalty £3,076,320.00", "Given 27 March 2026");
        assertThat(page.select("nav[aria-label=Menu]")).isEmpty();
    }

    @Test
    void aReprimandWithANotionalFineAndNoSummaryAndAnEmptyRegisterAreShownAsTheyAre() {
        ApiStubs.answer(ApiStubs.NOTICES, "/register", "page-empty.json");
        assertThat(PageClient.page("/register").text()).contains("Nothing has been published yet.");

        ApiStubs.answerWith(ApiStubs.NOTICES, "/register", "register.json", "\"PENALTY_NOTICE\"", "\"REPRIMAND\"",
                "\"amount\": { \"amount\": \"3076320.00\", \"currency\": \"GBP\" }, \"notionalFine\": null",
                "\"amount\": null, \"notionalFine\": { \"amount\": \"250000.00\", \"currency\": \"GBP\" }",
                "\"summary\": \"A penalty for failing to protect patient records.\"", "\"summary\": null");
        Document page = PageClient.page("/register");

        assertThat(page.select(".govuk-summary-list__row").eachText()).containsExactly("Decision Reprimand PN-2026-0001",
                "Given 27 March 2026", "Notional fine £250,000.00");
        assertThat(page.select(".casework-register-entry p")).isEmpty();
    }

    /** DPA 2018 s.153: an enforcement notice cancelled since stays on the register, marked cancelled. */
    @Test
    void aCancelledEnforcementNoticeIsShownCancelled() {
        ApiStubs.answerWith(ApiStubs.NOTICES, "/register", "register.json", "\"PENALTY_NOTICE\"", "\"ENFORCEMENT_NOTICE\"",
                "\"amount\": { \"amount\": \"3076320.00\", \"currency\": \"GBP\" }", "\"amount\": null",
                "\"summary\": \"A penalty for failing to protect patient records.\"",
                "\"summary\": null, \"cancelled\": true, \"cancelledOn\": \"2026-05-01\"");
        Document page = PageClient.page("/register");

        assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Cancelled 1 May 2026");
    }

    @Test
    void theSignedOutPageNeedsNoSignIn() {
        Document page = PageClient.page("/signed-out");

        assertThat(page.select("h1").text()).isEqualTo("You have signed out");
    }
}
