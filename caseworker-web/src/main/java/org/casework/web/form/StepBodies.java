package org.casework.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The finding on a step of an enforcement notice, from its form (DPA 2018 s.150(4), (7)). */
public final class StepBodies {

    public static final List<Option> FINDINGS = List.of(
            new Option("COMPLIED", "Complied with", "The evidence shows the step was taken"),
            new Option("NOT_COMPLIED", "Not complied with", "Only once the step’s date has passed"));

    private StepBodies() {
    }

    public static Map<String, Object> finding(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        String status = form.value("step-status");
        if (FINDINGS.stream().noneMatch(o -> o.value().equals(status))) {
            form.error("step-status", "Select whether the step was complied with");
        }
        body.put("status", status);
        body.put("note", FieldChecks.text(form, "step-note", "Enter what the finding rests on", 5_000, "The note"));
        return body;
    }
}
