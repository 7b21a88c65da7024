package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The web UI in a real browser against the packaged services and Keycloak, on the path a newcomer
 * takes: the seeded reference case (the NHS software supplier, a draft notice of intent for
 * £6,090,000) found and opened while its notice is a draft, a fact corrected, the draft looked at;
 * then a decision-maker issues it, the organisation's representation is read, and the audit chains
 * verify. Sign-in with password and one-time code; our pages by keyboard (Tab, Space, arrows, Enter);
 * axe-core on every page of ours, and a screenshot of each under {@code target/screenshots/}.
 */
class CaseworkerJourneyIT {

    private static final String TITLE = "Ransomware attack on NHS software supplier";

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        Clocks.reset(suite);
    }

    @Test
    void aNewcomerCorrectsTheReferenceCaseWhileItsNoticeIsADraftAndADecisionMakerIssuesIt() throws Exception {
        String web = suite.web.url();
        String reference = suite.referenceCase.reference();
        try (Browser b = Browser.open(Path.of("target/screenshots"))) {
            b.go(web + "/");
            signIn(b, suite.users.named("charles"));
            assertEquals("Dashboard", b.heading());
            check(b, "01-dashboard");

            // Find the reference case by what it is about, by keyboard.
            b.focusTop();
            b.press("nav a[href='/cases']", Keys.ENTER);
            b.type("#q", "ransomware");
            b.press("form.casework-filters button[type=submit]", Keys.ENTER);
            check(b, "02-cases");
            String path = java.net.URI.create(b.driver.findElement(By.linkText(reference)).getAttribute("href")).getPath();
            b.focusTop();
            b.press("tbody a[href='" + path + "']", Keys.ENTER);
            assertEquals(TITLE, b.heading(), b.problems());
            assertEquals(reference, b.find(".govuk-caption-l").getText());
            String caseUrl = b.driver.getCurrentUrl();

            // The page that crashed: the case with its notice of intent still a draft.
            String notices = b.find("table.casework-notices").getText();
            assertTrue(notices.contains("Draft") && notices.contains("Not given") && notices.contains("£6,090,000.00"), notices);
            assertTrue(b.find("#facts + p + dl").getText().contains("People affected 82,946"), b.find("#facts + p + dl").getText());
            check(b, "03-reference-case-with-draft-notice");

            // The final notice counted 79,404 people: correct the figure.
            b.focusTop();
            b.press("a#correct-facts", Keys.ENTER);
            assertEquals("Correct the facts", b.heading());
            check(b, "04-correct-the-facts");
            b.replace("#people-affected", "79,404");
            b.press("form[action$='/facts'] button[type=submit]", Keys.ENTER);
            assertEquals(TITLE, b.heading(), b.problems());
            assertTrue(b.driver.getCurrentUrl().endsWith("?done=facts-corrected"), b.driver.getCurrentUrl());
            assertEquals("The case’s facts were corrected", b.find(".govuk-notification-banner--success .govuk-notification-banner__heading").getText());
            assertTrue(b.find("#facts + p + dl").getText().contains("People affected 79,404"));
            check(b, "05-facts-corrected");

            // The draft: what issuing it still needs (nothing: every address is on the case), and its editor.
            b.focusTop();
            b.press("table.casework-notices a[href^='/notices/']", Keys.ENTER);
            assertTrue(b.heading().startsWith("Notice of intent"), b.heading() + b.problems());
            assertEquals("Draft", b.find("h1 + p .govuk-tag").getText());
            // notice-service checks the draft against the case as it stands now, so it is ready
            assertEquals("Ready to issue", b.find("#issue-readiness h2").getText(), b.find("#issue-readiness").getText());
            assertTrue(b.find("#why-no-issue").getText().startsWith("Only a decision-maker can issue"));
            String noticeUrl = b.driver.getCurrentUrl();
            check(b, "06-notice-draft");
            b.focusTop();
            b.press("a#edit-draft", Keys.ENTER);
            assertEquals("Edit the draft: Notice of intent", b.heading());
            check(b, "07-edit-the-draft");
            b.focusTop();
            b.press("form#notice-form .govuk-button-group a", Keys.ENTER);
            assertEquals(noticeUrl, b.driver.getCurrentUrl());

            b.focusTop();
            b.press("a[href='/sign-out']", Keys.ENTER);
            assertEquals("You have signed out", b.heading());
            check(b, "08-signed-out");

            // A decision-maker who did not investigate issues it; the page says it is working, then what happened.
            b.go(noticeUrl);
            signIn(b, suite.users.named("grace"));
            b.recordBusy("form[action$='/issue']");
            b.focusTop();
            b.press("#issue-button", Keys.ENTER);
            b.waitFor(".govuk-notification-banner--success");
            assertEquals("Issuing the notice…|disabled:true", b.busyRecord());
            assertEquals(noticeUrl + "?done=notice-issued", b.driver.getCurrentUrl());
            assertEquals("Issued", b.find("h1 + p .govuk-tag").getText(), b.problems());
            assertTrue(b.heading().matches("Notice of intent NOI-\\d{4}-\\d{6}"), b.heading());
            String noiReference = b.heading().substring("Notice of intent ".length());
            assertEquals("£6,090,000.00", b.find(".casework-amount h3").getText());
            assertEquals("Download the notice (PDF)", b.find("a[href$='/document']").getText());
            check(b, "09-notice-issued");

            // The organisation answers through the portal API; the decision-maker reads it.
            String noticeId = noticeUrl.substring(noticeUrl.lastIndexOf('/') + 1);
            given().baseUri(suite.representations.url()).auth().oauth2(suite.organisation("betty"))
                    .multiPart("statement", "We have put multi-factor authentication on every customer account.")
                    .multiPart("files", "measures.pdf", "%PDF-1.7\n% measures\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                            "application/pdf")
                    .post("/portal/notices/" + noticeId + "/representations").then().statusCode(201);
            // The task list leads to it: the dashboard's representations to consider, all of them oldest first.
            b.go(web + "/");
            assertTrue(b.find("#representations-to-consider .casework-count").getText().matches("\\d+( or more)?"));
            b.focusTop();
            b.press("a#all-representations-to-consider", Keys.ENTER);
            assertEquals("Representations to consider", b.heading());
            while (b.all("#waiting-representations tbody tr").stream().noneMatch(r -> r.getText().contains(noiReference))) {
                b.press("a[rel=next]", Keys.ENTER);
            }
            check(b, "09b-representations-to-consider");
            b.all("#waiting-representations tbody tr").stream().filter(r -> r.getText().contains(noiReference)).findFirst()
                    .orElseThrow().findElement(By.cssSelector("a[href^='/representations/']")).click();
            assertTrue(b.heading().startsWith("Representation received"), b.heading());
            assertEquals("measures.pdf", b.find("a[download]").getText());

            b.go(caseUrl);
            assertEquals("Notice of intent issued", b.find("h1 + p .govuk-tag").getText());
            assertTrue(b.find("table.casework-notices").getText().contains("Issued"));
            assertTrue(b.find(".casework-window").getText().startsWith("Open for representations until the end of"));
            // people by name from the realm's directory, states in words
            String timeline = b.find(".casework-timeline").getText();
            assertTrue(timeline.contains("Moved from Investigating to Notice of intent issued")
                    && timeline.contains("By Grace Hopper") && timeline.contains("By Charles Babbage")
                    && timeline.contains("Assigned to Ada Byron"), timeline);
            assertFalse(timeline.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*") || timeline.contains("NOTICE_OF_INTENT_ISSUED"), timeline);
            check(b, "10-case-with-issued-notice");
            b.driver.findElement(By.cssSelector("#representations ~ table a[href^='/representations/']")).click();
            assertTrue(b.heading().startsWith("Representation received"), b.heading());
            assertEquals("measures.pdf", b.find("a[download]").getText());
            check(b, "11-representation");

            b.go(web + "/register");
            check(b, "12-register");
            b.go(web + "/sign-out");

            b.go(web + "/audit");
            signIn(b, suite.users.named("alan"));
            assertEquals("Audit trail", b.heading());
            assertEquals(3, b.all("table:first-of-type tbody .govuk-tag--green").size(), "every chain verifies");
            for (var who : b.all("td.casework-who")) {
                assertFalse(who.getText().matches("(?s)^[0-9a-f]{8}-.*"), "a person shown by id: " + who.getText());
            }
            check(b, "13-audit");
        }
    }

    /**
     * Keycloak's sign-in pages in the realm's GOV.UK theme: password, then the one-time code; axe-core on both
     * (the first sign-in of the journey keeps their screenshots).
     */
    private static void signIn(Browser b, DemoUsers.DemoUser user) throws Exception {
        b.waitFor("#username");
        check(b, "00-sign-in");
        b.find("#username").sendKeys(user.username());
        b.find("#password").sendKeys(user.password());
        b.find("#kc-login").click();
        b.waitFor("#otp");
        check(b, "00-sign-in-code");
        b.find("#otp").sendKeys(SignIn.freshCode(user));
        b.find("#kc-login").click();
        b.waitFor("main h1");
    }

    private static void check(Browser b, String name) throws Exception {
        b.screenshot(name);
        b.assertAccessible(name);
    }
}
