package org.casework.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.casework.local.DemoUsers;
import org.casework.local.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

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
            // Other tests open copies of the reference case (a load test over a hundred): page on until it shows.
            for (int page = 1; b.driver.findElements(By.linkText(reference)).isEmpty(); page++) {
                var next = b.driver.findElements(By.cssSelector("a[rel=next]"));
                assertFalse(next.isEmpty() || page > 50, reference + " not found in " + page + " pages of results");
                b.driver.get(next.get(0).getAttribute("href"));
            }
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
            // how it is given is one Tab stop with nothing chosen: two arrows move past email and post to "By hand"
            b.press("#giving-method", Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertTrue(b.find("#giving-method-BY_HAND").isSelected(), b.problems());
            b.press("#issue-button", Keys.ENTER);
            b.waitFor(".govuk-notification-banner--success");
            assertEquals("Issuing the notice…|disabled:true", b.busyRecord());
            assertEquals(noticeUrl + "?done=notice-issued", b.driver.getCurrentUrl());
            assertEquals("Issued", b.find("h1 + p .govuk-tag").getText(), b.problems());
            assertTrue(b.heading().matches("Notice of intent NOI-\\d{4}-\\d{6}"), b.heading());
            String noiReference = b.heading().substring("Notice of intent ".length());
            assertEquals("£6,090,000.00", b.find(".casework-amount h3").getText());
            assertEquals("Download the notice (PDF)", b.find("a[href$='/document']").getText());
            assertTrue(b.find("#given").getText().startsWith("By hand on "), b.find("#given").getText());
            check(b, "09-notice-issued");

            // The organisation answers on the portal, by keyboard: it finds the notice, makes representations with
            // a PDF and asks for an oral hearing; the decision-maker then reads the representations and decides.
            String noticeId = noticeUrl.substring(noticeUrl.lastIndexOf('/') + 1);
            b.go(web + "/sign-out");
            organisationAnswers(b, noticeId, noiReference);
            b.go(web + "/");
            signIn(b, suite.users.named("grace"));
            // The task list leads to it: the dashboard's representations to consider, all of them oldest first.
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

            // The hearing asked for on the portal: the decision-maker refuses it with reasons, and the
            // organisation sees the decision there.
            b.go(noticeUrl + "/hearing-requests");
            b.waitFor("#hearing-decision");
            check(b, "11b-hearing-to-decide");
            b.focusTop();
            // a radio group is one Tab stop: the arrow key moves to (and chooses) "Refuse"
            b.press("#hearing-decision", Keys.ARROW_DOWN);
            assertTrue(b.find("#hearing-decision-refuse").isSelected());
            b.tabTo("#hearing-reason");
            b.type("#hearing-reason", "Written representations are enough here: the facts are not in dispute.");
            b.press("form[action$='/decision'] button[type=submit]", Keys.ENTER);
            b.waitFor(".govuk-notification-banner--success");
            b.go(web + "/register");
            check(b, "12-register");
            b.go(web + "/sign-out");
            b.go(suite.portal.url() + "/notices/" + noticeId + "/representations");
            signIn(b, suite.users.named("betty"));
            b.waitFor("#hearing-requests");
            assertTrue(b.find("#hearing-requests").getText().contains("Refused")
                    && b.find("#hearing-requests").getText().contains("Written representations are enough here"),
                    b.find("#hearing-requests").getText());
            check(b, "p11-hearing-decided");
            b.go(suite.portal.url() + "/sign-out");

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
     * betty, for the organisation, on portal-web by keyboard: her notices, the notice of intent, representations
     * with a PDF (the file itself chosen as a browser's file dialog would give it), then an oral hearing asked for.
     */
    private static void organisationAnswers(Browser b, String noticeId, String noiReference) throws Exception {
        String portal = suite.portal.url();
        b.go(portal + "/");
        signIn(b, suite.users.named("betty"));
        assertEquals("Your notices", b.heading());
        check(b, "p1-your-notices");
        // the newest first: other tests of the suite may have given the organisation notices today too
        while (b.all("#notices a[href='/notices/" + noticeId + "']").isEmpty()) {
            String page = b.driver.getCurrentUrl();
            b.press("a#older-notices", Keys.ENTER);
            new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(page));
        }
        b.focusTop();
        b.press("#notices a[href='/notices/" + noticeId + "']", Keys.ENTER);
        b.waitFor("#requires");
        assertEquals("Notice of intent", b.heading(), b.problems());
        assertEquals(noiReference, b.find(".govuk-caption-l").getText());
        assertTrue(b.find("#facts").getText().contains("Amount £6,090,000.00"), b.find("#facts").getText());
        assertEquals(64, b.find("#documents .portal-hash").getText().length());
        check(b, "p2-notice");
        b.focusTop();
        b.press("a#representations", Keys.ENTER);
        b.waitFor("#deadline");
        assertEquals("Your representations", b.heading());
        check(b, "p3-representations");
        b.focusTop();
        b.press("a#make-representations", Keys.ENTER);
        b.waitFor("#statement");
        assertEquals("Make representations", b.heading());
        check(b, "p4-make-representations");
        // with the page's script: checked in the browser before anything is sent, in the server's words
        assertEquals("Continue", b.find("#send").getText());
        b.press("#send", Keys.ENTER);
        b.waitFor(".govuk-error-summary");
        assertEquals("Enter your representations", b.find(".govuk-error-summary__list a").getText());
        b.tabTo("#statement");
        b.type("#statement", "We have put multi-factor authentication on every customer account.");
        Path pdf = Files.createTempFile("measures", ".pdf");
        Files.write(pdf, "%PDF-1.7\n% measures\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path named = Files.move(pdf, pdf.resolveSibling("measures.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        b.find("#files").sendKeys(named.toString());
        b.press("#send", Keys.ENTER);
        // check your answers, and change one: the answers come back as they were, then to the check again
        b.waitFor("#check-answers .govuk-summary-list__row");
        assertEquals("Check your answers before sending", b.heading());
        assertTrue(b.find("#check-answers").getText().contains("measures.pdf (26 bytes)"), b.find("#check-answers").getText());
        check(b, "p5-check-your-answers");
        b.press("#change-statement", Keys.ENTER);
        assertEquals("Make representations", b.heading());
        b.press("#statement", Keys.chord(Keys.CONTROL, Keys.END));
        b.type("#statement", " And on every administrator's.");
        b.press("#send", Keys.ENTER);
        b.waitFor("#check-answers .govuk-summary-list__row");
        assertTrue(b.find("#check-answers").getText().contains("And on every administrator's."), b.find("#check-answers").getText());
        b.press("#declaration", Keys.SPACE);
        b.press("#send", Keys.ENTER);
        // a form's answer comes after the APIs' (and, loaded, after a redirect): wait for it, as a person would
        b.waitFor(".govuk-panel__title");
        assertEquals("Representations sent", b.find(".govuk-panel__title").getText(), b.problems());
        assertTrue(b.driver.getCurrentUrl().endsWith("/sent"), b.driver.getCurrentUrl());
        assertEquals("measures.pdf", b.find("#files tbody td").getText());
        assertTrue(b.find("#files tbody .portal-hash").getText().matches("[0-9a-f]{64}"));
        check(b, "p6-representations-sent");
        b.focusTop();
        b.press("a[href='/notices/" + noticeId + "/representations']", Keys.ENTER);
        b.waitFor("a#ask-for-hearing");
        b.focusTop();
        b.press("a#ask-for-hearing", Keys.ENTER);
        b.waitFor("#reason");
        assertEquals("Ask for an oral hearing", b.heading());
        b.tabTo("#reason");
        b.type("#reason", "We would like to explain the new controls in person.");
        b.press("form[action$='/hearing'] button[type=submit]", Keys.ENTER);
        b.waitFor(".govuk-notification-banner--success");
        assertEquals("Your request for an oral hearing has been sent. The decision will appear on this page.",
                b.find(".govuk-notification-banner--success .govuk-notification-banner__heading").getText());
        check(b, "p7-hearing-asked");
        // the form for more time, refused empty by the portal itself (nothing is sent on), then left by its breadcrumb
        b.focusTop();
        b.press("a#ask-for-more-time", Keys.ENTER);
        b.waitFor("#until-day");
        assertEquals("Ask for more time", b.heading());
        b.press("form[action$='/more-time'] button[type=submit]", Keys.ENTER);
        b.waitFor(".govuk-error-summary");
        check(b, "p8-more-time-refused-empty");
        b.focusTop();
        b.press(".govuk-breadcrumbs a[href='/notices/" + noticeId + "/representations']", Keys.ENTER);
        b.waitFor("a#ask-for-hearing");
        // a notice that is not the organisation's, or does not exist: the GOV.UK page, accessible too
        b.go(portal + "/notices/" + java.util.UUID.randomUUID());
        b.waitFor("h1");
        assertEquals("Page not found", b.heading());
        check(b, "p9-page-not-found");
        b.focusTop();
        b.press("a[href='/sign-out']", Keys.ENTER);
        new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/signed-out"));
        assertEquals("You have signed out", b.heading());
        check(b, "p10-signed-out");
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
        // Keycloak's GOV.UK pages have a main h1 of their own: wait until the browser is back on our side
        String signInServer = suite.keycloak.issuer().substring(0, suite.keycloak.issuer().indexOf("/realms/"));
        new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().startsWith(signInServer));
        b.waitFor("main h1");
    }

    private static void check(Browser b, String name) throws Exception {
        b.screenshot(name);
        b.assertAccessible(name);
    }
}
