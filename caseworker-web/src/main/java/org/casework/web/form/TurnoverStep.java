package org.casework.web.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who the penalty is for and step 2 of the Fining Guidance, as the calculator takes them. A person that is
 * not an undertaking has no turnover: the fixed maximum of DPA 2018 s.157 applies and no turnover
 * adjustment is made ({@code undertaking: false}, no turnover, no adjustment). For an undertaking, step 2
 * is an adjustment by a percentage, or, the adjustment being discretionary, no adjustment with a reason (a
 * reason without a percent), or none at all where the turnover-based maximum applies.
 *
 * <p>The choices are GOV.UK radios whose conditional parts a browser without script shows all at once, so
 * only the parts of the chosen answer are read: what was typed under another answer is ignored.
 */
public final class TurnoverStep {

    public static final String PERCENT = "percent";
    public static final String NONE = "none";
    public static final String NOT_APPLICABLE = "not-applicable";

    private TurnoverStep() {
    }

    public static boolean undertaking(Form form) {
        return !"no".equals(form.value("undertaking"));
    }

    /** The turnover and the undertaking flag; null turnover for a person that is not an undertaking. */
    static void readPerson(Form form, Map<String, Object> c) {
        if (!undertaking(form)) {
            c.put("worldwideTurnover", null);
            c.put("undertaking", false);
            return;
        }
        String turnover = FieldChecks.pounds(form, "turnover-amount",
                "Turnover must be an amount in pounds, for example 30,500,000");
        if (turnover == null && !form.hasError("turnover-amount")) {
            form.error("turnover-amount", "Enter the worldwide annual turnover, or say the person is not an undertaking");
        }
        c.put("worldwideTurnover", CalculatorForm.money(turnover));
    }

    /** Step 2, or nothing where no adjustment applies. */
    static void readAdjustment(Form form, Map<String, Object> c) {
        if (!undertaking(form)) {
            return;
        }
        String chosen = chosen(form);
        if (PERCENT.equals(chosen)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("percent", CalculatorForm.percent(form, "adjustment-percent", "The turnover adjustment"));
            if (form.blank("adjustment-percent")) {
                form.error("adjustment-percent", "Enter the turnover adjustment as a percentage, or choose another answer");
            }
            a.put("reason", form.value("adjustment-reason"));
            c.put("turnoverAdjustment", a);
        } else if (NONE.equals(chosen)) {
            // the calculator reads a reason without a percent as the discretionary "no adjustment"
            if (form.blank("adjustment-reason")) {
                form.error("adjustment-reason", "Enter why no turnover adjustment is made");
            }
            c.put("turnoverAdjustment", Map.of("reason", form.value("adjustment-reason")));
        }
    }

    /**
     * The answer chosen; a form sent without one (an older page, a hand-made post) is read as typed: a
     * percentage is an adjustment, a reason alone is no adjustment, nothing is none applying.
     */
    static String chosen(Form form) {
        String chosen = form.value("adjustment");
        if (PERCENT.equals(chosen) || NONE.equals(chosen) || NOT_APPLICABLE.equals(chosen)) {
            return chosen;
        }
        if (!form.blank("adjustment-percent")) {
            return PERCENT;
        }
        return form.blank("adjustment-reason") ? NOT_APPLICABLE : NONE;
    }
}
