package org.casework.notices.domain.investigation;

import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.MissingPart;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.FieldError;

/**
 * What an information notice (DPA 2018 s.142) or an assessment notice (s.146-147) must contain before it is given,
 * beyond the recipients and reasons every notice has ({@link org.casework.notices.domain.StatutoryContent}). Where the
 * Act only says a notice "may" specify a part (the information, its form, the time), the suite requires it: a notice
 * that requires something without saying what or by when could not be complied with.
 */
public final class InvestigatoryContent {

    private InvestigatoryContent() {
    }

    /** The parts of {@code n} still missing; empty for notices of other types. */
    public static List<MissingPart> missing(Notice n, String appealRights) {
        List<MissingPart> missing = new ArrayList<>();
        if (n.type == NoticeType.INFORMATION_NOTICE) {
            information(n.informationTerms, missing);
        } else if (n.type == NoticeType.ASSESSMENT_NOTICE) {
            assessment(n.assessmentTerms, missing);
        } else {
            return missing;
        }
        if (blank(appealRights)) {
            missing.add(new MissingPart("appealRights", n.type == NoticeType.INFORMATION_NOTICE
                    ? "DPA 2018 s.142(4)(b), s.162(1)(a)" : "DPA 2018 s.146(5)(b), s.162(1)(b)",
                    "The statement of appeal rights is not configured (casework.notices.appeal-rights)",
                    MissingPart.CONFIGURATION));
        }
        return missing;
    }

    private static void information(InformationTerms t, List<MissingPart> missing) {
        InformationTerms terms = t != null ? t : new InformationTerms(null, null, null, null, false, null);
        if (terms.basis() == null) {
            missing.add(part("information.basis", "DPA 2018 s.142(2)(a)",
                    "Whether the notice is given under section 142(1)(a), (b)(i) or (b)(ii) is missing"));
        }
        if (blank(terms.information())) {
            missing.add(part("information.information", "DPA 2018 s.142(3)(a)", "The information required is missing"));
        }
        if (blank(terms.form())) {
            missing.add(part("information.form", "DPA 2018 s.142(3)(b)",
                    "The form in which the information is to be provided is missing"));
        }
        if (terms.complianceDays() == null) {
            missing.add(part("information.complianceDays", "DPA 2018 s.142(3)(c), (5)",
                    "The period within which the information is to be provided is missing"));
        }
        if (terms.urgent() && blank(terms.urgencyReasons())) {
            missing.add(part("information.urgencyReasons", "DPA 2018 s.142(7)(b)",
                    "The notice states urgency without the Commissioner's reasons for that opinion"));
        }
    }

    private static void assessment(AssessmentTerms t, List<MissingPart> missing) {
        AssessmentTerms terms = t != null ? t
                : new AssessmentTerms(null, null, null, null, null, false, null, false, null, null, null);
        if (blank(terms.inspection())) {
            missing.add(part("assessment.inspection", "DPA 2018 s.146(2)(a), (f), (g)",
                    "The premises and what the Commissioner will inspect there are missing"));
        }
        if (terms.inspectOn() == null) {
            missing.add(part("assessment.inspectOn", "DPA 2018 s.146(6)", "The day of the inspection is missing"));
        }
        if (blank(terms.documents())) {
            missing.add(part("assessment.documents", "DPA 2018 s.146(2)(b)",
                    "The documents the Commissioner is to be directed to are missing (write \"none\" if none)"));
        }
        if (blank(terms.people())) {
            missing.add(part("assessment.people", "DPA 2018 s.146(2)(h)",
                    "The people to be made available for interview are missing (write \"none\" if none)"));
        }
        if (terms.urgent() && blank(terms.urgencyReasons())) {
            missing.add(part("assessment.urgencyReasons", "DPA 2018 s.146(8)(b)",
                    "The notice states urgency without the Commissioner's reasons for that opinion"));
        }
        if (!terms.recipientNotExempt()) {
            missing.add(part("assessment.recipientNotExempt", "DPA 2018 s.147(6)",
                    "The drafter has not confirmed that the recipient is not a body to which an assessment notice may "
                            + "not be given (a body in section 23(3) of the Freedom of Information Act 2000, or Ofsted "
                            + "for its inspection functions)"));
        }
    }

    /** Parts given on a notice they do not belong to, and urgency reasons without urgency. */
    public static List<FieldError> misplaced(NoticeType type, InformationTerms information, AssessmentTerms assessment) {
        List<FieldError> errors = new ArrayList<>();
        if (information != null && type != NoticeType.INFORMATION_NOTICE) {
            errors.add(new FieldError("information", "belongs to an information notice only"));
        }
        if (assessment != null && type != NoticeType.ASSESSMENT_NOTICE) {
            errors.add(new FieldError("assessment", "belongs to an assessment notice only"));
        }
        return errors;
    }

    /**
     * Field errors a draft can never be issued with, whatever day it is given: fewer compliance days than any
     * notice given on any day could have (s.142(5), s.142(7)).
     */
    public static List<FieldError> impossible(InformationTerms information) {
        List<FieldError> errors = new ArrayList<>();
        if (information != null && information.complianceDays() != null) {
            int minimum = information.urgent() ? InvestigatoryPeriods.MIN_URGENT_INFORMATION_DAYS
                    : InvestigatoryPeriods.MIN_INFORMATION_DAYS;
            if (information.complianceDays() < minimum) {
                errors.add(new FieldError("information.complianceDays", "must be at least " + minimum + " days ("
                        + (information.urgent() ? "DPA 2018 s.142(7): 24 hours beginning when the notice is given"
                                : "DPA 2018 s.142(5): not before the appeal period ends") + ")"));
            }
        }
        return errors;
    }

    private static MissingPart part(String part, String rule, String message) {
        return new MissingPart(part, rule, message, MissingPart.NOTICE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
