package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.casework.local.DemoUsers;
import org.casework.local.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The web UI in a real browser against the packaged services and Keycloak: sign-in with password and
 * one-time code, a case opened and a notice of intent drafted with the calculator using the keyboard
 * alone, issued by a decision-maker, a representation read; axe-core on every page of ours, and a
 * screenshot of each under {@code target/screenshots/}.
 */
class CaseworkerJourneyIT {

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        Clocks.reset(suite);
    }

    @Test
    void aCaseworkerOpensACaseAndDraftsANoticeOfIntentThatADecisionMakerIssues() throws Exception {
        String web = suite.web.url();
        try (Browser b = Browser.open(Path.of("target/screenshots"))) {
            b.go(web + "/");
            signIn(b, suite.users.named("ada"));
            assertEquals("Dashboard", b.heading());
            check(b, "01-dashboard");

            // Opening a case, by keyboard alone: Tab between fields, Space to choose, Enter to submit.
            b.focusTop();
            b.press("nav a[href='/cases/new']", Keys.ENTER);
            assertEquals("Open a case", b.heading());
            b.type("#title", "Customer records exposed through a shared account");
            b.type("#summary", "A shared customer account without multi-factor authentication was used to read records.");
            b.press("#source", Keys.SPACE);
            b.type("#organisation-name", "Advanced Health Software");
            b.type("#organisation-id", "org-nhs-supplier");
            b.type("#entity-1-name", "Advanced Health Software Ltd");
            b.type("#entity-1-number", "01234567");
            b.type("#entity-1-address", "1 Infirmary Street, Leeds LS1 2JP");
            b.type("#turnover-amount", "30,500,000");
            b.type("#turnover-year-end-day", "31");
            b.type("#turnover-year-end-month", "3");
            b.type("#turnover-year-end-year", "2026");
            b.type("#people-affected", "4,120");
            b.press("#special-category", Keys.SPACE);
            b.press("form[action='/cases/new'] button[type=submit]", Keys.ENTER);
            assertEquals("Customer records exposed through a shared account", b.heading(), b.problems());
            check(b, "02-case-opened");

            b.focusTop();
            b.press("#to", Keys.SPACE);
            b.type("#reason", "Breach report assessed: investigate");
            b.press("form[action$='/transition'] button", Keys.ENTER);
            assertEquals("Investigating", b.find("h1 + p .govuk-tag").getText(), b.problems());
            String caseUrl = b.driver.getCurrentUrl();

            b.focusTop();
            b.press("details summary", Keys.ENTER);
            b.press("a[href$='type=NOTICE_OF_INTENT']", Keys.ENTER);
            assertEquals("Draft: Notice of intent", b.heading());
            b.type("#reasons", "The organisation did not require multi-factor authentication on customer accounts.");
            b.type("#nature-of-data", "Names, addresses and health records");
            b.press("#seriousness-band", Keys.SPACE, Keys.ARROW_DOWN);
            b.type("#seriousness-percent", "15");
            b.type("#seriousness-reason", "Health records of several thousand people");
            b.type("#adjustment-percent", "5");
            b.type("#adjustment-reason", "Turnover in the £10m to £50m band");
            b.type("#effectiveness-reason", "No further adjustment needed");
            b.waitFor("#calculation .casework-amount");
            check(b, "03-notice-draft-with-calculation");
            String amount = b.find("#calculation .casework-amount h3").getText();
            assertTrue(amount.startsWith("£"), amount);
            b.press("button[value=save]", Keys.ENTER);
            assertTrue(b.heading().startsWith("Notice of intent "), b.heading() + b.problems());
            assertEquals("Draft", b.find("h1 + p .govuk-tag").getText());
            assertTrue(b.find("#why-no-issue").getText().startsWith("Only a decision-maker can issue"));
            String noticeUrl = b.driver.getCurrentUrl();
            check(b, "04-notice-draft");

            b.focusTop();
            b.press("a[href='/sign-out']", Keys.ENTER);
            assertEquals("You have signed out", b.heading());
            check(b, "05-signed-out");

            // A decision-maker who did not investigate issues it.
            b.go(noticeUrl);
            signIn(b, suite.users.named("grace"));
            b.focusTop();
            b.press("#issue-button", Keys.ENTER);
            assertEquals("Issued", b.find("h1 + p .govuk-tag").getText(), b.problems());
            assertTrue(b.heading().startsWith("Notice of intent "), b.heading());
            assertEquals(amount, b.find(".casework-amount h3").getText());
            assertEquals("Download the notice (PDF)", b.find("a[href$='/document']").getText());
            check(b, "06-notice-issued");

            // The organisation answers through the portal API; the decision-maker reads it.
            String noticeId = noticeUrl.substring(noticeUrl.lastIndexOf('/') + 1);
            given().baseUri(suite.representations.url()).auth().oauth2(suite.organisation("betty"))
                    .multiPart("statement", "We have put multi-factor authentication on every customer account.")
                    .multiPart("files", "measures.pdf", "%PDF-1.7\n% measures\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                            "application/pdf")
                    .post("/portal/notices/" + noticeId + "/representations").then().statusCode(201);
            b.go(caseUrl);
            assertEquals("Notice of intent issued", b.find("h1 + p .govuk-tag").getText());
            assertTrue(b.find("#notices + table").getText().contains("Issued"));
            check(b, "07-case-with-notice");
            b.driver.findElement(By.cssSelector("#representations ~ table a[href^='/representations/']")).click();
            assertTrue(b.heading().startsWith("Representation received"), b.heading());
            assertEquals("measures.pdf", b.find("a[download]").getText());
            check(b, "08-representation");

            b.go(web + "/cases");
            check(b, "09-cases");
            b.go(web + "/register");
            check(b, "10-register");
            b.go(web + "/sign-out");

            b.go(web + "/audit");
            signIn(b, suite.users.named("alan"));
            assertEquals("Audit trail", b.heading());
            assertEquals(3, b.all("table:first-of-type tbody .govuk-tag--green").size(), "every chain verifies");
            check(b, "11-audit");
        }
    }

    /** Keycloak's sign-in pages: password, then the one-time code. */
    private static void signIn(Browser b, DemoUsers.DemoUser user) throws Exception {
        b.waitFor("#username");
        b.find("#username").sendKeys(user.username());
        b.find("#password").sendKeys(user.password());
        b.find("#kc-login").click();
        b.waitFor("#otp");
        b.find("#otp").sendKeys(SignIn.freshCode(user));
        b.find("#kc-login").click();
        b.waitFor("main h1");
    }

    private static void check(Browser b, String name) throws Exception {
        b.screenshot(name);
        b.assertAccessible(name);
    }
}
