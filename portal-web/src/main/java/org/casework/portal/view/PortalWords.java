package org.casework.portal.view;

import org.casework.portal.model.NoticeDetail;
import org.casework.web.support.GivingWords;

import io.quarkus.qute.TemplateExtension;

/** The APIs' codes as the portal says them to an organisation. */
@TemplateExtension
public final class PortalWords {

    private PortalWords() {
    }

    /** A notice's state: ISSUED → "Given", and a fixed penalty's steps. */
    static String statusWords(String status) {
        return switch (status) {
            case "ISSUED" -> "Given";
            case "WITHDRAWN" -> "Withdrawn";
            case "CANCELLED" -> "Cancelled";
            case "NOTICE_OF_INTENT_GIVEN" -> "Notice of intent given";
            case "PENALTY_NOTICE_GIVEN" -> "Penalty notice given";
            case "PAID" -> "Paid";
            case "OPEN" -> "Open";
            case "CLOSED" -> "Closed";
            case "PENDING", "REQUESTED" -> "Waiting for a decision";
            case "GRANTED" -> "Granted";
            case "REFUSED" -> "Refused";
            case "HELD" -> "Held";
            default -> status.charAt(0) + status.substring(1).toLowerCase().replace('_', ' ');
        };
    }

    /** How and when the notice was given: "By email on Sunday 6 December 2026 (sent Friday 4 December; ...)". */
    static String givenWords(NoticeDetail d) {
        return GivingWords.detail(d.givingMethod().orElse(null), d.givingProvision().orElse(null),
                d.sentOn().orElse(null), d.notice().givenOn());
    }

    /** Which document of a notice: the notice itself, or one of a fixed penalty's two notices. */
    static String documentWords(String step) {
        return switch (step) {
            case "notice-of-intent" -> "the notice of intent";
            case "penalty-notice" -> "the penalty notice";
            default -> "the notice";
        };
    }
}
