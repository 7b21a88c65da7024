package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The reference case's notice of intent, given by post, reaches the organisation by email through the whole
 * event path: notice-service's outbox, its relay, Kafka, notification-service, SMTP. Posted on Wednesday
 * 7 August 2024, it is given on Friday 9 August, the second working day after posting (DPA 2018 s.141(4) as it then
 * stood, read with the Interpretation Act 1978 s.7), and the representations are due on 29 August (Sch 16
 * para 3(4): 21 days beginning with the day it is given). The email states the dates the notice states, reaches
 * each statutory contact exactly once, and notification-service's record says so.
 */
class NoticeByEmailIT {

    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
    }

    @AfterAll
    static void resetClocks() {
        Clocks.reset(suite);
    }

    @Test
    void theNoticeOfIntentGivenByPostIsEmailedOnceToEachStatutoryContactWithTheDatesTheNoticeStates() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(LocalDateTime.of(2024, 8, 1, 10, 0));
        String noi = at(r.notices, r.ada).contentType(ContentType.JSON).body(ReferenceSteps.noticeOfIntent(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 7, 10, 0));

        Response issued = at(r.notices, r.grace).header("Idempotency-Key", "posted-" + noi).contentType(ContentType.JSON)
                .body("{\"method\":\"POST\"}").post("/notices/" + noi + "/issue");
        issued.then().statusCode(200).body("status", equalTo("ISSUED")).body("givingMethod", equalTo("POST"))
                .body("issuedOn", equalTo("2024-08-07")).body("givenOn", equalTo("2024-08-09"))
                .body("representationsDueOn", equalTo("2024-08-29"));
        String reference = issued.path("reference");
        Eventually.windowOpen(suite, r.betty, noi);

        Duration took = Eventually.await(Duration.ofSeconds(30), "the emails of " + reference,
                () -> NoticeMail.countByRecipient(suite, reference).keySet().containsAll(NoticeMail.STATUTORY_CONTACTS));
        System.out.println("The notice's emails arrived " + took.toMillis() + " ms after the issue answered");
        NoticeMail.assertOncePerStatutoryContact(suite, reference);
        for (EventParts.Mail mail : NoticeMail.given(suite, reference)) {
            assertEquals("You have been given a notice of intent: " + reference, mail.subject());
            String text = mail.text();
            assertTrue(text.contains("Reference: " + reference), text);
            assertTrue(text.contains("Date given: " + NoticeMail.date(issued.path("givenOn"))), text);
            assertTrue(text.contains("Date given: 9 August 2024"), "the second working day after posting: " + text);
            assertTrue(text.contains("make representations by " + NoticeMail.date(issued.path("representationsDueOn"))), text);
            assertTrue(text.contains("by 29 August 2024"), text);
            assertTrue(text.contains(suite.portal.url() + "/notices/" + noi), "a link to the notice in the portal: " + text);
            assertFalse(text.contains("7 August 2024"), "the day it was posted is not the day it was given: " + text);
        }
        List<String> press = suite.events.received().stream().filter(m -> m.to().equals(NoticeMail.PRESS_OFFICE))
                .map(EventParts.Mail::subject).filter(s -> s.contains(reference)).toList();
        assertEquals(List.of(), press, "the press office receives no statutory notice");

        NoticeMail.assertRecordedOnce(suite, noi);
        at(r.portal, r.betty).get("/portal/notices/" + noi).then().statusCode(200).body("dueOn", equalTo("2024-08-29"));
    }
}
