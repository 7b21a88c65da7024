package org.casework.notices.domain;

import java.util.ArrayList;
import java.util.List;

import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/**
 * What a notice must contain before it can be given (DPA 2018 Sch 16 paras 3 and 5). Each missing
 * part is listed with the rule that requires it, so a 422 tells the drafter everything at once.
 */
public final class StatutoryContent {

    private StatutoryContent() {
    }

    /**
     * @param paymentDetails how a penalty is to be paid (configured text), blank if not configured
     * @param appealRights the appeal rights statement (configured text), blank if not configured
     */
    public static List<MissingPart> missing(Notice n, String paymentDetails, String appealRights) {
        boolean noi = n.type == NoticeType.NOTICE_OF_INTENT;
        boolean penalty = n.type == NoticeType.PENALTY_NOTICE;
        String nameRule = noi ? "DPA 2018 Sch 16 para 3(1)(a)" : penalty ? "DPA 2018 Sch 16 para 5(1)(a)" : "name and address of the recipient";
        List<MissingPart> missing = new ArrayList<>();
        if (n.recipients.isEmpty()) {
            missing.add(new MissingPart("recipients", nameRule, "The notice is addressed to nobody"));
        }
        for (int i = 0; i < n.recipients.size(); i++) {
            Recipient r = n.recipients.get(i);
            if (blank(r.address())) {
                missing.add(new MissingPart("recipients[" + i + "].address", nameRule,
                        "The address of " + r.name() + " is missing"));
            }
        }
        if (blank(n.reasons)) {
            missing.add(new MissingPart("reasons", noi ? "DPA 2018 Sch 16 para 3(1)(b), 3(2)(a)"
                    : penalty ? "DPA 2018 Sch 16 para 5(1)(d)" : "reasons for the decision",
                    "The reasons, with a description of the circumstances, are missing"));
        }
        if (noi) {
            if (blank(n.natureOfData)) {
                missing.add(new MissingPart("natureOfData", "DPA 2018 Sch 16 para 3(2)(b)",
                        "The nature of the personal data involved is missing"));
            }
            if (n.calculation == null) {
                missing.add(new MissingPart("calculation", "DPA 2018 Sch 16 para 3(1)(c)",
                        "The indicated amount, with its aggravating and mitigating factors, is missing"));
            }
            if (n.representationDays == null) {
                missing.add(new MissingPart("representationDays", "DPA 2018 Sch 16 para 3(3)(b)",
                        "The period for written representations is missing"));
            }
        }
        if (penalty) {
            if (n.calculation == null) {
                missing.add(new MissingPart("calculation", "DPA 2018 Sch 16 para 5(1)(e)",
                        "The amount and the reasons for it, with aggravating and mitigating factors, are missing"));
            }
            if (blank(paymentDetails)) {
                missing.add(new MissingPart("paymentDetails", "DPA 2018 Sch 16 para 5(1)(f)",
                        "How the penalty is to be paid is not configured (casework.notices.payment-details)"));
            }
            if (n.paymentDays == null) {
                missing.add(new MissingPart("paymentDays", "DPA 2018 Sch 16 para 6",
                        "The period for payment is missing"));
            }
            if (blank(appealRights)) {
                missing.add(new MissingPart("appealRights", "DPA 2018 Sch 16 para 5(1)(g), s.162",
                        "The statement of appeal rights is not configured (casework.notices.appeal-rights)"));
            }
        }
        if (n.type.isPublishable() && n.publish && blank(n.publicSummary)) {
            missing.add(new MissingPart("publicSummary", "publication of final decisions",
                    "A summary for the public register is missing (or withhold publication with a reason)"));
        }
        return missing;
    }

    /** Refuses with 422 listing every missing part. */
    public static void require(Notice n, String paymentDetails, String appealRights) {
        List<MissingPart> missing = missing(n, paymentDetails, appealRights);
        if (!missing.isEmpty()) {
            throw new ProblemException(new Problem("statutory-content-missing", "Statutory content missing", 422,
                    n.type.title() + " " + n.reference + " cannot be issued: " + missing.size()
                            + " required part(s) missing")
                    .with("missing", missing));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
