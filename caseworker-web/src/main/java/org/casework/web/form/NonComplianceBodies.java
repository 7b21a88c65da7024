package org.casework.web.form;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.casework.web.model.Notice;
import org.casework.web.view.CurrentUser;

/**
 * The record that an information or assessment notice was not complied with (DPA 2018 s.155(1)(b)), from its form on
 * the notice's page: what was not done, the last day of the period for compliance (from the notice's {@code requiredBy}),
 * a note, the confirmation that no appeal is pending (s.142(6), s.146(7)) and the day an appeal ended, if one did.
 * Whether it may be recorded is notice-service's to say; this only decides when the form is offered.
 */
public final class NonComplianceBodies {

    public static final String FAILURE = "nc-failure";
    public static final String PERIOD_ENDED = "nc-period-ended";
    public static final String NOTE = "nc-note";
    public static final String NO_APPEAL = "nc-no-appeal-pending";
    public static final String APPEAL_ENDED = "nc-appeal-ended";

    private NonComplianceBodies() {
    }

    /**
     * Offered to caseworkers and decision-makers on a given information or assessment notice once its period for
     * compliance has ended (from the day after {@code requiredBy}, London) and while nothing is recorded.
     */
    public static boolean offered(Notice notice, CurrentUser user, LocalDate today) {
        return user.isStaff() && (notice.isInformationNotice() || notice.isAssessmentNotice()) && notice.isIssued()
                && notice.nonCompliance().isEmpty() && notice.requiredBy().map(today::isAfter).orElse(false);
    }

    /** The form as first shown: the period ended on the notice's compliance day, unless something was typed. */
    public static Form prefilled(Form form, Notice notice) {
        if (form.blank(PERIOD_ENDED + "-day") && form.blank(PERIOD_ENDED + "-month") && form.blank(PERIOD_ENDED + "-year")) {
            notice.requiredBy().ifPresent(d -> Dates.write(form, PERIOD_ENDED, d));
        }
        return form;
    }

    /** The body of {@code POST /notices/{id}/non-compliance}; what is missing or not a date is an error on its field. */
    public static Map<String, Object> body(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("failure", FieldChecks.text(form, FAILURE, "Enter what the organisation did not do", 5_000,
                "What was not done"));
        LocalDate ended = Dates.read(form, PERIOD_ENDED, "the day the period for compliance ended", true);
        body.put("periodEndedOn", ended == null ? null : ended.toString());
        body.put("note", FieldChecks.text(form, NOTE, null, 5_000, "The note"));
        boolean confirmed = "yes".equals(form.value(NO_APPEAL));
        if (!confirmed) {
            form.error(NO_APPEAL, "Confirm that no appeal against the notice is pending");
        }
        body.put("noAppealPending", confirmed);
        LocalDate appealEnded = Dates.past(form, APPEAL_ENDED, "the day the appeal ended", today);
        body.put("appealEndedOn", appealEnded == null ? null : appealEnded.toString());
        return body;
    }

    /** The form's field for one of notice-service's field paths, or null for a point that is not a field. */
    public static String fieldFor(String apiField) {
        return switch (apiField) {
            case "failure" -> FAILURE;
            case "periodEndedOn" -> PERIOD_ENDED + "-day";
            case "note" -> NOTE;
            case "noAppealPending" -> NO_APPEAL;
            case "appealEndedOn" -> APPEAL_ENDED + "-day";
            default -> null;
        };
    }
}
