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
import org.junit.jupiter.api.Test;

/** The envelope platform's relay writes (CloudEvents 1.0, structured JSON) reads; anything else is malformed. */
class CloudEventsTest {

    @Test
    void theRelaysEnvelopeOfANoticeIssuedReadsAsTheNoticeGivenWithItsDeadline() {
        UUID id = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        CloudEvent event = CloudEvents.parse(Events.noticeOfIntentIssued(id, notice, "NOI-2024-000001", "org-nhs-supplier",
                LocalDate.of(2024, 8, 7), LocalDate.of(2024, 8, 27)));
        assertEquals(id.toString(), event.id());
        assertEquals(EventTypes.NOTICE_ISSUED, event.type());
        assertEquals("/casework/notice-service", event.source());
        GivenNotice given = EventData.issued(event.data());
        assertEquals(new GivenNotice(notice, "org-nhs-supplier", "NOI-2024-000001", "NOTICE_OF_INTENT",
                LocalDate.of(2024, 8, 7), null, List.of(new Deadline(DeadlineKind.REPRESENTATIONS, LocalDate.of(2024, 8, 27)))),
                given);
    }

    @Test
    void aGivenOnAndMethodWhenTheEventCarriesThemComeBeforeTheDayOfIssue() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/casework/notice-service\","
                + "\"type\":\"" + EventTypes.NOTICE_ISSUED + "\",\"data\":{\"noticeId\":\"" + UUID.randomUUID()
                + "\",\"reference\":\"NOI-2024-000001\",\"noticeType\":\"NOTICE_OF_INTENT\",\"organisationId\":\"org-a\","
                + "\"issuedOn\":\"2024-08-07\",\"givenOn\":\"2024-08-09\",\"givingMethod\":\"EMAIL\"}}";
        GivenNotice given = EventData.issued(CloudEvents.parse(json).data());
        assertEquals(LocalDate.of(2024, 8, 9), given.givenOn());
        assertEquals(true, given.givenByEmail());
    }

    @Test
    void whatIsNotAReadableEventIsMalformed() {
        for (String record : List.of("not json", "[]", "{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"data\":{}}",
                "{\"specversion\":\"1.0\",\"source\":\"s\",\"type\":\"t\",\"data\":{}}",
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"data\":\"text\"}",
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"datacontenttype\":\"text/plain\",\"data\":{}}")) {
            assertThrows(MalformedEvent.class, () -> CloudEvents.parse(record), record);
        }
        CloudEvent badData = CloudEvents.parse("{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\","
                + "\"data\":{\"noticeId\":\"not-a-uuid\",\"reference\":\"NOI-2024-000001\",\"noticeType\":\"NOTICE_OF_INTENT\","
                + "\"organisationId\":\"org-a\"}}");
        assertThrows(MalformedEvent.class, () -> EventData.issued(badData.data()));
    }
}
