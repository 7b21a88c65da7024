package org.casework.representations.messaging;

import org.casework.platform.events.EventFields;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What this service reads of notice-service's {@code uk.gov.casework.notice.given.v1} (docs/asyncapi/notice-service.yaml):
 * a notice of intent was given, and representations are due by {@code representationsDueOn}, the last day of the
 * period that runs from the day it was given (DPA 2018 Sch 16 para 3(4), s.141A). The rest of the data is not read.
 */
public record NoticeGiven(UUID noticeId, String reference, UUID caseId, String organisationId,
        LocalDate representationsDueOn) {

    public static final String TYPE = "uk.gov.casework.notice.given.v1";
    public static final String SOURCE = "/casework/notice-service";
    public static final String NOTICE_OF_INTENT = "NOTICE_OF_INTENT";

    /** The shapes the window's own door (PUT /internal/windows) accepts, so both ways in store the same values. */
    private static final String ORGANISATION_ID = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String REFERENCE = "[A-Z]{2,3}-[0-9]{4}-[0-9]{6}";

    /** Whether the event's data is of a notice of intent (the only notice with a representation window). */
    public static boolean isNoticeOfIntent(JsonNode data) {
        return NOTICE_OF_INTENT.equals(EventFields.text(data, "noticeType"));
    }

    public static NoticeGiven of(JsonNode data) {
        return new NoticeGiven(EventFields.uuid(data, "noticeId"),
                EventFields.matching(data, "reference", REFERENCE),
                EventFields.uuid(data, "caseId"),
                EventFields.matching(data, "organisationId", ORGANISATION_ID),
                EventFields.date(data, "representationsDueOn"));
    }
}
