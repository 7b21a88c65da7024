package org.casework.notices.domain;

import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.investigation.InvestigatoryContent;
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
        return missing(n, n.recipients, paymentDetails, appealRights);
    }

    /** As {@link #missing(Notice, String, String)}, with the recipients as the case has them now. */
    public static List<MissingPart> missing(Notice n, List<Recipient> recipients, String paymentDetails,
            String appealRights) {
        boolean noi = n.type == NoticeType.NOTICE_OF_INTENT;
        boolean penalty = n.type == NoticeType.PENALTY_NOTICE;
        String nameRule = nameRule(n.type);
        List<MissingPart> missing = new ArrayList<>();
        if (recipients.isEmpty()) {
            missing.add(new MissingPart("recipients", nameRule, "The notice is addressed to nobody", MissingPart.NOTICE));
        }
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            if (blank(r.address())) {
                // addresses are facts of the case: the drafter gives one only where the notice goes elsewhere
                missing.add(new MissingPart("recipients[" + i + "].address", nameRule,
                        "The address of " + r.name() + " is missing", MissingPart.CASE));
            }
        }
        if (blank(n.reasons)) {
            missing.add(new MissingPart("reasons", noi ? "DPA 2018 Sch 16 para 3(1)(b), 3(2)(a)"
                    : penalty ? "DPA 2018 Sch 16 para 5(1)(d)" : reasonsRule(n.type),
                    "The reasons, with a description of the circumstances, are missing", MissingPart.NOTICE));
        }
        if (noi) {
            if (blank(n.natureOfData)) {
                missing.add(new MissingPart("natureOfData", "DPA 2018 Sch 16 para 3(2)(b)",
                        "The nature of the personal data involved is missing", MissingPart.NOTICE));
            }
            if (n.calculation == null) {
                missing.add(new MissingPart("calculation", "DPA 2018 Sch 16 para 3(1)(c)",
                        "The indicated amount, with its aggravating and mitigating factors, is missing", MissingPart.NOTICE));
            }
            if (n.representationDays == null) {
                missing.add(new MissingPart("representationDays", "DPA 2018 Sch 16 para 3(3)(b)",
                        "The period for written representations is missing", MissingPart.NOTICE));
            }
        }
        if (penalty) {
            if (n.calculation == null) {
                missing.add(new MissingPart("calculation", "DPA 2018 Sch 16 para 5(1)(e)",
                        "The amount and the reasons for it, with aggravating and mitigating factors, are missing",
                        MissingPart.NOTICE));
            }
            if (blank(paymentDetails)) {
                missing.add(new MissingPart("paymentDetails", "DPA 2018 Sch 16 para 5(1)(f)",
                        "How the penalty is to be paid is not configured (casework.notices.payment-details)",
                        MissingPart.CONFIGURATION));
            }
            if (n.paymentDays == null) {
                missing.add(new MissingPart("paymentDays", "DPA 2018 Sch 16 para 6",
                        "The period for payment is missing", MissingPart.NOTICE));
            }
            if (blank(appealRights)) {
                missing.add(new MissingPart("appealRights", "DPA 2018 Sch 16 para 5(1)(g), s.162",
                        "The statement of appeal rights is not configured (casework.notices.appeal-rights)",
                        MissingPart.CONFIGURATION));
            }
        }
        if (n.type == NoticeType.ENFORCEMENT_NOTICE) {
            missing.addAll(org.casework.notices.domain.enforcement.EnforcementContent.missing(n, appealRights));
        }
        missing.addAll(InvestigatoryContent.missing(n, appealRights));
        if (n.type.isPublishable() && n.publish && blank(n.publicSummary)) {
            missing.add(new MissingPart("publicSummary", "publication of final decisions",
                    "A summary for the public register is missing (or withhold publication with a reason)",
                    MissingPart.NOTICE));
        }
        return missing;
    }

    /** The rule that requires the recipients' names and addresses in a notice of this type. */
    static String nameRule(NoticeType type) {
        return switch (type) {
            case NOTICE_OF_INTENT -> "DPA 2018 Sch 16 para 3(1)(a)";
            case PENALTY_NOTICE -> "DPA 2018 Sch 16 para 5(1)(a)";
            case INFORMATION_NOTICE -> "DPA 2018 s.142(1), s.141 (giving notices)";
            case ASSESSMENT_NOTICE -> "DPA 2018 s.146(1), s.141 (giving notices)";
            default -> "name and address of the recipient";
        };
    }

    /** The rule that requires the reasons in a notice that is neither a notice of intent nor a penalty notice. */
    static String reasonsRule(NoticeType type) {
        return switch (type) {
            case ENFORCEMENT_NOTICE -> "DPA 2018 s.150(1)(b)";
            case INFORMATION_NOTICE -> "DPA 2018 s.142(2)(b)";
            case ASSESSMENT_NOTICE -> "DPA 2018 s.146(1), why the assessment is required";
            default -> "reasons for the decision";
        };
    }

    /** Refuses with 422 listing every missing part. */
    public static void require(Notice n, String paymentDetails, String appealRights) {
        require(n, missing(n, paymentDetails, appealRights));
    }

    /** Refuses with 422 listing every part in {@code missing}, if any. */
    public static void require(Notice n, List<MissingPart> missing) {
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
