package org.casework.web.form;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appeal forms as the JSON notice-service takes: an appeal lodged with the First-tier Tribunal, its
 * outcome, an onward appeal and that appeal's outcome. Whether an appeal is in time, and what an outcome
 * does to the notice, is notice-service's to decide.
 */
public final class AppealBodies {

    public static final List<Option> OUTCOMES = List.of(
            new Option("DISMISSED", "Dismissed", "The notice stands as it is"),
            new Option("ALLOWED", "Allowed", "The notice is cancelled by the tribunal"),
            new Option("VARIED", "Varied", "The tribunal substitutes another amount or terms"),
            new Option("WITHDRAWN", "Withdrawn", "The organisation withdrew its appeal; the notice stands"));

    public static final List<Option> COURTS = List.of(
            new Option("UPPER_TRIBUNAL", "Upper Tribunal", null),
            new Option("COURT_OF_APPEAL", "Court of Appeal", null));

    private AppealBodies() {
    }

    public static Map<String, Object> appeal(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lodgedOn", PenaltyBodies.iso(Dates.past(form, "appeal-lodged", "the day it was lodged", today), form,
                "appeal-lodged", "Enter the day the appeal was lodged"));
        body.put("tribunalReference", FieldChecks.text(form, "appeal-reference", "Enter the tribunal’s reference", 100,
                "The reference"));
        body.put("grounds", FieldChecks.text(form, "appeal-grounds", "Enter the grounds of appeal", 20_000, "The grounds"));
        boolean late = "yes".equals(form.value("appeal-late"));
        body.put("lateAppealAdmitted", late);
        if (late) {
            body.put("lateAppealReason", FieldChecks.text(form, "appeal-late-reason",
                    "Enter why the tribunal admitted the appeal late", 2_000, "The reason"));
        }
        return body;
    }

    public static Map<String, Object> outcome(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        String outcome = form.value("outcome");
        if (OUTCOMES.stream().noneMatch(o -> o.value().equals(outcome))) {
            form.error("outcome", "Select the tribunal’s decision");
        }
        body.put("outcome", outcome);
        body.put("decidedOn", PenaltyBodies.iso(Dates.past(form, "outcome-decided", "the day it was decided", today), form,
                "outcome-decided", "Enter the day the tribunal decided"));
        body.put("note", FieldChecks.text(form, "outcome-note", null, 20_000, "The note"));
        if ("VARIED".equals(outcome)) {
            body.put("amount", PenaltyBodies.money(form, "outcome-amount", null));
            body.put("paymentDays", FieldChecks.whole(form, "outcome-days", null, 1, 3_650, "Days for payment"));
            body.put("terms", FieldChecks.text(form, "outcome-terms", null, 20_000, "The terms"));
        }
        return body;
    }

    public static Map<String, Object> onward(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lodgedOn", PenaltyBodies.iso(Dates.past(form, "onward-lodged", "the day it was lodged", today), form,
                "onward-lodged", "Enter the day the onward appeal was lodged"));
        String court = form.value("onward-court");
        if (COURTS.stream().noneMatch(o -> o.value().equals(court))) {
            form.error("onward-court", "Select the court or tribunal appealed to");
        }
        body.put("court", court);
        body.put("reference", FieldChecks.text(form, "onward-reference", "Enter the reference", 100, "The reference"));
        body.put("note", FieldChecks.text(form, "onward-note", null, 20_000, "The note"));
        return body;
    }

    public static Map<String, Object> onwardOutcome(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedOn", PenaltyBodies.iso(Dates.past(form, "onward-decided", "the day it was decided", today), form,
                "onward-decided", "Enter the day the onward appeal was decided"));
        body.put("note", FieldChecks.text(form, "onward-outcome-note", "Enter what was decided", 20_000, "The note"));
        return body;
    }
}
