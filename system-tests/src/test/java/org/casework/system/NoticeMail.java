package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reached the reference organisation about one notice: the "you have been given a notice" emails in the SMTP
 * server, and notification-service's record of them (its API, read by the auditor). The organisation's statutory
 * contacts are the ones {@code DemoContacts} registers; its press office receives no statutory notice.
 */
final class NoticeMail {

    static final String ORGANISATION = "org-nhs-supplier";
    static final List<String> STATUTORY_CONTACTS = List.of("betty@nhs-supplier.example", "legal@nhs-supplier.example");
    static final String PRESS_OFFICE = "press@nhs-supplier.example";
    /** The dates in an email, as GOV.UK writes them ("9 August 2024"). */
    static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private NoticeMail() {
    }

    /** Every email telling someone they have been given the notice with this reference. */
    static List<EventParts.Mail> given(Suite suite, String reference) throws Exception {
        return suite.events.received().stream()
                .filter(m -> m.subject().startsWith("You have been given a ") && m.subject().endsWith(": " + reference)).toList();
    }

    /** How many such emails each address received. */
    static Map<String, Integer> countByRecipient(Suite suite, String reference) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        given(suite, reference).forEach(m -> counts.merge(m.to(), 1, Integer::sum));
        return counts;
    }

    /** Waits until each statutory contact has the email (within {@code timeout}), and answers every one received. */
    static List<EventParts.Mail> awaitGiven(Suite suite, String reference, Duration timeout) throws Exception {
        try {
            Eventually.await(timeout, "the emails of notice " + reference + " to " + STATUTORY_CONTACTS,
                    () -> countByRecipient(suite, reference).keySet().containsAll(STATUTORY_CONTACTS));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + MailDiagnosis.of(suite, reference), e);
        }
        return given(suite, reference);
    }

    /**
     * Exactly one email to each statutory contact and none to anyone else, also after notification-service has had
     * time to send a second (a few of its dispatch runs).
     */
    static void assertOncePerStatutoryContact(Suite suite, String reference) throws Exception {
        Thread.sleep(3 * Duration.parse("PT" + EventParts.DISPATCH_EVERY.toUpperCase(Locale.ROOT)).toMillis());
        Map<String, Integer> expected = new TreeMap<>();
        STATUTORY_CONTACTS.forEach(a -> expected.put(a, 1));
        assertEquals(expected, countByRecipient(suite, reference), "emails of " + reference + " by recipient");
    }

    /** notification-service's record of the notice's messages (newest first), as the auditor reads it. */
    static List<Map<String, Object>> recorded(Suite suite, String noticeId) throws Exception {
        List<Map<String, Object>> items = at(suite.events.notifications.url(), suite.staff("alan"))
                .queryParam("organisationId", ORGANISATION).queryParam("limit", 200).get("/notifications")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> noticeId.equals(i.get("noticeId"))).toList();
    }

    /** The record: one notice-given message to each statutory contact, sent at the first attempt, from one event. */
    static void assertRecordedOnce(Suite suite, String noticeId) throws Exception {
        Eventually.await(Duration.ofSeconds(15), "notification-service's record of notice " + noticeId + " as sent",
                () -> recorded(suite, noticeId).stream().filter(i -> "notice-given".equals(i.get("template")))
                        .allMatch(i -> "SENT".equals(i.get("status"))));
        List<Map<String, Object>> given = recorded(suite, noticeId).stream()
                .filter(i -> "notice-given".equals(i.get("template"))).toList();
        assertEquals(STATUTORY_CONTACTS, given.stream().map(i -> (String) i.get("recipient")).sorted().toList(),
                "recorded messages of notice " + noticeId + ": " + given);
        assertEquals(1, given.stream().map(i -> i.get("eventId")).distinct().count(), "one event acted on: " + given);
        given.forEach(i -> assertEquals(1, ((Number) i.get("attempts")).intValue(), "attempts of " + i));
    }

    static String date(String isoDate) {
        return GOV_UK_DATE.format(LocalDate.parse(isoDate));
    }
}
