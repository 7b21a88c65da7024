package org.casework.web.model;

/**
 * A part the law requires before a notice can be issued that the draft lacks: where it is, the rule
 * that requires it, what to tell the person, and where it is put right: {@code case} (the case's
 * facts), {@code notice} (the draft) or {@code configuration} (an administrator's setting).
 */
public record MissingPart(String part, String rule, String message, String correctIn) {

    public boolean inCase() {
        return "case".equals(correctIn);
    }

    public boolean inNotice() {
        return "notice".equals(correctIn);
    }

    /**
     * Where a part is put right when the answer does not say (a refusal at issue lists the parts without
     * it): a recipient's address comes from the case, payment details and appeal rights are configured.
     */
    public static String placeOf(String part) {
        if (part.startsWith("recipients[") && part.endsWith(".address")) {
            return "case";
        }
        return "paymentDetails".equals(part) || "appealRights".equals(part) ? "configuration" : "notice";
    }
}
