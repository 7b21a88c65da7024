package org.casework.web.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.web.view.Formats;

/**
 * The fine calculator's fields: the five steps of the Fining Guidance, each with its chosen value and
 * reason, turned into the body of {@code POST /penalty-calculations} (and a notice's calculation).
 * What is not a number is an error here; ranges and bands are the calculator's to judge.
 */
public final class CalculatorForm {

    public static final int FACTOR_ROWS = 3;

    private CalculatorForm() {
    }

    public static boolean needed(String type) {
        return "NOTICE_OF_INTENT".equals(type) || "PENALTY_NOTICE".equals(type);
    }

    /** The calculation request; a value that is not a number is left out, with an error on its field. */
    public static Map<String, Object> read(Form form) {
        Map<String, Object> c = new LinkedHashMap<>();
        TurnoverStep.readPerson(form, c);
        PecrForm.read(form, c, PecrForm.chosen(form) ? null : chosen(form, "tier", "Select which statutory maximum applies"));
        Map<String, Object> seriousness = new LinkedHashMap<>();
        seriousness.put("band", chosen(form, "seriousness-band", "Select the degree of seriousness"));
        seriousness.put("percent", percent(form, "seriousness-percent", "The starting point"));
        seriousness.put("reason", form.value("seriousness-reason"));
        c.put("seriousness", seriousness);
        TurnoverStep.readAdjustment(form, c);
        List<Map<String, Object>> factors = new ArrayList<>();
        for (int i = 1; i <= FACTOR_ROWS; i++) {
            String p = "factor-" + i + "-";
            if (form.blank(p + "description") && form.blank(p + "percent") && form.blank(p + "reason")) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", form.blank(p + "kind") ? null : form.value(p + "kind"));
            f.put("description", form.value(p + "description"));
            f.put("percent", percent(form, p + "percent", "The percentage of factor " + i));
            f.put("reason", form.value(p + "reason"));
            factors.add(f);
        }
        c.put("factors", factors);
        c.put("effectiveness", choice(form, "effectiveness", "The adjustment for effectiveness"));
        return c;
    }

    /** The fields a new calculation starts from: the standard maximum and the case's turnover, if recorded. */
    public static Form defaults(Form form, BigDecimal turnover) {
        form.set("tier", "STANDARD").set("effectiveness-percent", "0").set("undertaking", "yes");
        if (turnover != null) {
            form.set("turnover-amount", Formats.amount(turnover));
        }
        return form;
    }

    static Map<String, Object> money(String amount) {
        if (amount == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", amount);
        m.put("currency", "GBP");
        return m;
    }

    private static String chosen(Form form, String field, String whenEmpty) {
        if (form.blank(field)) {
            form.error(field, whenEmpty);
            return null;
        }
        return form.value(field);
    }

    private static Map<String, Object> choice(Form form, String prefix, String label) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("percent", percent(form, prefix + "-percent", label));
        c.put("reason", form.value(prefix + "-reason"));
        return c;
    }

    /** A percentage as typed ("12.5", "-15", "12.5%"), or null: empty, or not a number (then an error). */
    static String percent(Form form, String field, String label) {
        String raw = form.value(field).replace("%", "").strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(raw).toPlainString();
        } catch (NumberFormatException e) {
            form.error(field, label + " must be a number, for example 12.5");
            return null;
        }
    }
}
