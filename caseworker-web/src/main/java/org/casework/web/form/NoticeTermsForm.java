package org.casework.web.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.casework.web.model.Notice;
import org.casework.web.model.NoticeTerms;

/**
 * The terms of an enforcement, information or assessment notice as form fields, and back as the one object of the
 * chosen type that notice-service takes ({@code enforcement}, {@code information}, {@code assessment}). A draft may
 * be incomplete: only what is typed is checked here (real dates, whole days, a time); what issue needs is
 * notice-service's to say. Urgency has the same two fields on every type, since a form shows one type only.
 */
public final class NoticeTermsForm {

    /** Rows for steps on the form; blank rows are ignored, so a notice has up to this many steps from the page. */
    public static final int STEP_ROWS = 5;

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private NoticeTermsForm() {
    }

    /** Adds the object of {@code type} (if it has one) to the draft's content. */
    static void addTo(Map<String, Object> d, Form form, String type) {
        switch (type) {
            case "ENFORCEMENT_NOTICE" -> d.put("enforcement", enforcement(form));
            case "INFORMATION_NOTICE" -> d.put("information", information(form));
            case "ASSESSMENT_NOTICE" -> d.put("assessment", assessment(form));
            default -> { }
        }
    }

    private static Map<String, Object> enforcement(Form form) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("failures", FieldChecks.text(form, "failures", null, 20_000, "The failures"));
        urgency(form, e);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Option.Row row : Option.Row.of("step", STEP_ROWS)) {
            String text = FieldChecks.text(form, row.field("text"), null, 5_000, "Step " + row.number());
            LocalDate date = Dates.read(form, row.field("date"), "the date for step " + row.number(), text != null);
            if (text == null && date != null) {
                form.error(row.field("text"), "Enter what step " + row.number() + " requires, or clear its date");
            }
            if (text != null) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("text", text);
                step.put("complianceDate", date == null ? null : date.toString());
                steps.add(step);
            }
        }
        e.put("steps", steps);
        return e;
    }

    private static Map<String, Object> information(Form form) {
        Map<String, Object> i = new LinkedHashMap<>();
        String basis = form.value("information-basis");
        i.put("basis", Option.INFORMATION_BASES.stream().anyMatch(o -> o.value().equals(basis)) ? basis : null);
        i.put("information", FieldChecks.text(form, "information-required", null, 20_000, "The information"));
        i.put("form", FieldChecks.text(form, "information-form", null, 2_000, "The form"));
        Long days = FieldChecks.whole(form, "compliance-days", null, 1, 366, "Days to comply");
        i.put("complianceDays", days == null ? null : days.intValue());
        urgency(form, i);
        return i;
    }

    private static Map<String, Object> assessment(Form form) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("inspection", FieldChecks.text(form, "inspection", null, 20_000, "What will be inspected"));
        LocalDate on = Dates.read(form, "inspect-on", "the day of the inspection", false);
        a.put("inspectOn", on == null ? null : on.toString());
        String at = FieldChecks.matching(form, "inspect-at", TIME, "The time must be a 24-hour time, for example 10:00");
        a.put("inspectAt", at == null || form.hasError("inspect-at") ? null : (at.length() == 4 ? "0" + at : at));
        a.put("documents", FieldChecks.text(form, "documents", null, 5_000, "The documents"));
        a.put("people", FieldChecks.text(form, "people", null, 5_000, "The people"));
        urgency(form, a);
        a.put("recipientNotExempt", "yes".equals(form.value("recipient-not-exempt")));
        a.put("exemptionCheck", FieldChecks.text(form, "exemption-check", null, 2_000, "How it was checked"));
        return a;
    }

    private static void urgency(Form form, Map<String, Object> terms) {
        terms.put("urgent", "yes".equals(form.value("urgent")));
        terms.put("urgencyReasons", FieldChecks.text(form, "urgency-reasons", null, 5_000, "The reasons for urgency"));
    }

    /** Fills the form's terms fields from a draft as it stands. */
    static void fill(Form form, Notice n) {
        n.enforcement().ifPresent(e -> {
            form.set("failures", e.failures().orElse("")).set("urgent", e.urgent() ? "yes" : "")
                    .set("urgency-reasons", e.urgencyReasons().orElse(""));
            for (int i = 0; i < Math.min(e.steps().size(), STEP_ROWS); i++) {
                NoticeTerms.Step s = e.steps().get(i);
                Option.Row row = new Option.Row(i + 1, "step");
                form.set(row.field("text"), s.text());
                s.complianceDate().ifPresent(d -> Dates.write(form, row.field("date"), d));
            }
        });
        n.information().ifPresent(i -> form.set("information-basis", i.basis().orElse(""))
                .set("information-required", i.information().orElse("")).set("information-form", i.form().orElse(""))
                .set("compliance-days", i.complianceDays().map(String::valueOf).orElse(""))
                .set("urgent", i.urgent() ? "yes" : "").set("urgency-reasons", i.urgencyReasons().orElse("")));
        n.assessment().ifPresent(a -> {
            form.set("inspection", a.inspection().orElse("")).set("inspect-at", a.inspectAt().map(HOURS::format).orElse(""))
                    .set("documents", a.documents().orElse("")).set("people", a.people().orElse(""))
                    .set("urgent", a.urgent() ? "yes" : "").set("urgency-reasons", a.urgencyReasons().orElse(""))
                    .set("recipient-not-exempt", a.recipientNotExempt() ? "yes" : "")
                    .set("exemption-check", a.exemptionCheck().orElse(""));
            a.inspectOn().ifPresent(d -> Dates.write(form, "inspect-on", d));
        });
    }

    /** The page field for an API field path under {@code enforcement.}, {@code information.} or {@code assessment.}. */
    static String fieldFor(String f) {
        if (f.startsWith("enforcement.steps[") && f.indexOf(']') > 18) {
            String index = f.substring(18, f.indexOf(']'));
            int number = index.matches("\\d{1,2}") ? Math.min(Integer.parseInt(index) + 1, STEP_ROWS) : 1;
            return "step-" + number + (f.endsWith("complianceDate") ? "-date-day" : "-text");
        }
        return switch (f) {
            case "enforcement", "enforcement.failures" -> "failures";
            case "enforcement.steps" -> "step-1-text";
            case "enforcement.urgent", "information.urgent", "assessment.urgent" -> "urgent";
            case "enforcement.urgencyReasons", "information.urgencyReasons", "assessment.urgencyReasons" -> "urgency-reasons";
            case "information", "information.basis" -> "information-basis";
            case "information.information" -> "information-required";
            case "information.form" -> "information-form";
            case "information.complianceDays" -> "compliance-days";
            case "assessment", "assessment.inspection" -> "inspection";
            case "assessment.inspectOn" -> "inspect-on-day";
            case "assessment.inspectAt" -> "inspect-at";
            case "assessment.documents" -> "documents";
            case "assessment.people" -> "people";
            case "assessment.recipientNotExempt" -> "recipient-not-exempt";
            case "assessment.exemptionCheck" -> "exemption-check";
            default -> null;
        };
    }
}
