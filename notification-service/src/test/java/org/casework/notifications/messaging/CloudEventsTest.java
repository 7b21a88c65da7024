package org.casework.notifications.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notifications.Events;
import org.casework.notifications.domain.Deadline;
import org.casework.notifications.domain.DeadlineKind;
import org.casework.notifications.domain.GivenNotice;
import org.casework.platform.events.MalformedEventException;
import org.casework.platform.events.ReceivedEvent;
import org.junit.jupiter.api.Test;

/** The envelope platform's relay writes (CloudEvents 1.0, structured JSON) reads; anything else is malformed. */
class CloudEventsTest {

    @Test
    void theRelaysEnvelopeOfANoticeGivenReadsAsTheNoticeGivenWithItsDeadline() {
        UUID id = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        ReceivedEvent event = ReceivedEvent.parse(Events.noticeOfIntentGiven(id, notice, "NOI-2024-000001", "org-nhs-supplier",
                LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27)));
        assertEquals(id.toString(), event.id());
        assertEquals(EventTypes.NOTICE_GIVEN, event.type());
        assertEquals("/casework/notice-service", event.source());
        GivenNotice given = EventData.given(event.data());
        assertEquals(new GivenNotice(notice, "org-nhs-supplier", "NOI-2024-000001", "NOTICE_OF_INTENT",
                LocalDate.of(2024, 8, 7), "BY_HAND", List.of(new Deadline(DeadlineKind.REPRESENTATIONS, LocalDate.of(2024, 8, 27)))),
                given);
    }

    @Test
    void theTraceparentTheRelayCarriesIsReadWithTheEventAndIsNullWhereTheChangeWasNotTraced() {
        String plain = Events.noticeOfIntentGiven(UUID.randomUUID(), UUID.randomUUID(), "NOI-2024-000001",
                "org-nhs-supplier", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27));
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertEquals(traceparent, ReceivedEvent.parse(Events.traced(plain, traceparent)).traceparent());
        assertEquals(null, ReceivedEvent.parse(plain).traceparent());
    }

    @Test
    void anEmailedNoticeIsGivenOnTheDayTheEventSaysAndAGivenEventWithoutThatDayOrMethodIsMalformed() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/casework/notice-service\","
                + "\"type\":\"" + EventTypes.NOTICE_GIVEN + "\",\"data\":{\"noticeId\":\"" + UUID.randomUUID()
                + "\",\"reference\":\"NOI-2024-000001\",\"noticeType\":\"NOTICE_OF_INTENT\",\"organisationId\":\"org-a\","
                + "\"givenOn\":\"2024-08-09\",\"givingMethod\":\"EMAIL\"}}";
        GivenNotice given = EventData.given(ReceivedEvent.parse(json).data());
        assertEquals(LocalDate.of(2024, 8, 9), given.givenOn());
        assertEquals(true, given.givenByEmail());
        assertThrows(MalformedEventException.class, () -> EventData.given(ReceivedEvent.parse(json.replace("givenOn", "issuedOn")).data()));
        assertThrows(MalformedEventException.class, () -> EventData.given(ReceivedEvent.parse(json.replace("givingMethod", "method")).data()));
    }

    @Test
    void theEventsTheTestsFeedInConformToThePublishersAsyncApiDocuments() {
        var notices = org.casework.testing.EventContract.of("notice-service");
        var representations = org.casework.testing.EventContract.of("representation-service");
        UUID notice = UUID.randomUUID();
        assertEquals(List.of(), notices.violations(Events.noticeOfIntentGiven(UUID.randomUUID(), notice,
                "NOI-2024-000001", "org-a", LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27))));
        assertEquals(List.of(), notices.violations(Events.noticeWithdrawn(notice, "NOI-2024-000001")));
        assertEquals(List.of(), representations.violations(Events.extensionRequested(notice, "org-a",
                LocalDate.of(2024, 9, 10))));
        assertEquals(List.of(), representations.violations(Events.extensionDecided(notice, false, null)));
        assertEquals(List.of(), representations.violations(Events.extensionDecided(notice, true,
                LocalDate.of(2024, 9, 10))));
    }

    @Test
    void whatIsNotAReadableEventIsMalformed() {
        for (String record : List.of("not json", "[]", "{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"data\":{}}",
                "{\"specversion\":\"1.0\",\"source\":\"s\",\"type\":\"t\",\"data\":{}}",
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"data\":\"text\"}",
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"datacontenttype\":\"text/plain\",\"data\":{}}")) {
            assertThrows(MalformedEventException.class, () -> ReceivedEvent.parse(record), record);
        }
        ReceivedEvent badData = ReceivedEvent.parse("{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\","
                + "\"data\":{\"noticeId\":\"not-a-uuid\",\"reference\":\"NOI-2024-000001\",\"noticeType\":\"NOTICE_OF_INTENT\","
                + "\"organisationId\":\"org-a\"}}");
        assertThrows(MalformedEventException.class, () -> EventData.given(badData.data()));
    }
}
