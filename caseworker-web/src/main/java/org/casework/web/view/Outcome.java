package org.casework.web.view;

import java.util.Arrays;

/**
 * What a form did, carried by a code in the address the browser is sent to after it (post/redirect/get),
 * so the page it lands on can confirm it in a GOV.UK notification banner. Only these fixed messages
 * can be shown: the address cannot make a page say anything else.
 */
public enum Outcome {
    CASE_OPENED("case-opened", "The case was opened"),
    FACTS_CORRECTED("facts-corrected", "The case’s facts were corrected"),
    FINDING_RECORDED("finding-recorded", "The finding was recorded"),
    ASSIGNMENT_CHANGED("assignment-changed", "The assignment was changed"),
    CASE_MOVED("case-moved", "The case was moved on"),
    EXTENSION_DECIDED("extension-decided", "The decision on the request for more time was recorded"),
    NOTICE_DRAFTED("notice-drafted", "The draft was saved"),
    DRAFT_CHANGED("draft-changed", "The draft was changed"),
    NOTICE_ISSUED("notice-issued", "The notice was issued: it has been given to the organisation"),
    SETTLEMENT_RECORDED("settlement-recorded", "The settlement was recorded"),
    NOTICE_WITHDRAWN("notice-withdrawn", "The notice was withdrawn"),
    DEADLINE_EXTENDED("deadline-extended", "The later date agreed for the penalty notice was recorded"),
    REPRESENTATION_CONSIDERED("representation-considered", "The representation was marked as considered"),
    PAYMENT_RECORDED("payment-recorded", "The payment was recorded"),
    PLAN_AGREED("plan-agreed", "The instalment plan was recorded"),
    RECOVERY_REFERRED("recovery-referred", "The penalty was referred for recovery"),
    NOTICE_VARIED("notice-varied", "The penalty notice was varied: a variation notice was generated"),
    NOTICE_CANCELLED("notice-cancelled", "The penalty notice was cancelled"),
    APPEAL_RECORDED("appeal-recorded", "The appeal was recorded"),
    APPEAL_DECIDED("appeal-decided", "The tribunal’s decision on the appeal was recorded"),
    ONWARD_APPEAL_NOTED("onward-appeal-noted", "The onward appeal was noted"),
    ONWARD_APPEAL_DECIDED("onward-appeal-decided", "The decision on the onward appeal was recorded"),
    HEARING_DECIDED("hearing-decided", "The decision on the request for a hearing was recorded"),
    HEARING_RECORDED("hearing-recorded", "The hearing was recorded"),
    APPEAL_DOCUMENT_ADDED("appeal-document-added", "The document was added to the appeal"),
    STEP_DECIDED("step-decided", "The finding on the step was recorded"),
    NON_COMPLIANCE_RECORDED("non-compliance-recorded", "The failure to comply with the notice was recorded");

    private final String code;
    private final String message;

    Outcome(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The page to land on after the action, with this outcome to confirm. */
    public String at(String path) {
        return path + "?done=" + code;
    }

    /** The outcome a {@code done} parameter names, or null for none or an unknown code. */
    public static Outcome of(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst().orElse(null);
    }
}
