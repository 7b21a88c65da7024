package org.casework.web.form;

import java.util.List;

/** The choices the notice forms offer: the calculator's bands, maximums and factor rows; the terms' bases and step rows. */
public record NoticeChoices(List<Option> bands, List<Option> tiers, List<Option> factorKinds, List<Option.Row> factorRows,
        List<Option> informationBases, List<Option.Row> stepRows) {

    public static final NoticeChoices ALL = new NoticeChoices(Option.BANDS, Option.TIERS, Option.FACTOR_KINDS,
            Option.Row.of("factor", CalculatorForm.FACTOR_ROWS), Option.INFORMATION_BASES,
            Option.Row.of("step", NoticeTermsForm.STEP_ROWS));

    /** Step 2's answer as the form reads it ({@link TurnoverStep#chosen}), so the radios show what will be sent. */
    public String adjustmentOf(Form form) {
        return TurnoverStep.chosen(form);
    }

    /** "Notice of intent" for NOTICE_OF_INTENT. */
    public static String label(String type) {
        return Option.NOTICE_TYPES.stream().filter(o -> o.value().equals(type)).map(Option::label).findFirst()
                .orElse("Notice");
    }
}
