package org.casework.web.form;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agreed-later-deadline form as the JSON notice-service takes ({@code POST /notices/{id}/deadline-extension},
 * DPA 2018 Sch 16 para 2(3)). Whether the period can still be extended, and whether the dates fit it, is
 * notice-service's to decide; here only what is not a date or is left empty is an error.
 */
public final class ExtensionBody {

    private ExtensionBody() {
    }

    public static Map<String, Object> of(Form form, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agreedUntil", PenaltyBodies.iso(Dates.read(form, "extension-until", "the later date agreed", false),
                form, "extension-until", "Enter the later date agreed for the penalty notice"));
        body.put("reason", FieldChecks.text(form, "extension-reason", "Enter why a later date was agreed", 2_000,
                "The reason"));
        body.put("agreedBy", FieldChecks.text(form, "extension-agreed-by",
                "Enter who at the organisation agreed, with their position", 200, "Who agreed"));
        body.put("agreedOn", PenaltyBodies.iso(Dates.past(form, "extension-agreed-on", "the day it was agreed", today),
                form, "extension-agreed-on", "Enter the day the organisation agreed"));
        body.put("evidence", FieldChecks.text(form, "extension-evidence",
                "Enter where the agreement is recorded, for example the letter or email and its reference", 2_000,
                "The evidence"));
        return body;
    }
}
