package org.casework.notices.service.document;

import static org.casework.notices.service.document.NoticePdfRenderer.format;
import static org.casework.notices.service.document.NoticeTextBuilder.onNextWorkingDay;
import static org.casework.notices.service.document.NoticeTextBuilder.section;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.investigation.AssessmentTerms;
import org.casework.notices.domain.investigation.InformationTerms;

/**
 * The text of an information notice (DPA 2018 s.142) or an assessment notice (s.146): what is required and by when,
 * in words, the restrictions the recipient may rely on, what follows a failure to comply (s.142(4)(a), s.146(5)(a))
 * and the appeal right (s.142(4)(b), s.146(5)(b)).
 */
final class InvestigatoryNoticeText {

    private InvestigatoryNoticeText() {
    }

    static List<NoticeText.Section> sections(Notice n, String appealRights) {
        List<NoticeText.Section> s = n.type == NoticeType.INFORMATION_NOTICE ? information(n) : assessment(n);
        s.add(section("If you do not comply", "If you do not comply with this notice, the Commissioner may give you a "
                + "penalty notice (section 155(1)(b) of the Data Protection Act 2018)"
                + (n.type == NoticeType.INFORMATION_NOTICE ? " or apply to the court for an information order requiring "
                        + "you to provide the information (section 145). It is an offence to make a statement in "
                        + "response to this notice that you know to be false in a material respect, or to do so "
                        + "recklessly (section 144)." : ".")));
        s.add(section("Rights of appeal", appealRights + " The last day for an appeal is " + format(n.appealDueOn) + "."
                + onNextWorkingDay(n.appealDueOn, "an appeal")));
        return s;
    }

    private static List<NoticeText.Section> information(Notice n) {
        InformationTerms t = n.informationTerms;
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Information notice", "The Information Commissioner gives you this information notice under "
                + t.basis().provision() + " of the Data Protection Act 2018."));
        s.add(section("Why the Commissioner requires the information", n.reasons));
        s.add(section("The information required", t.information()));
        s.add(section("The form in which it is to be provided", t.form()));
        String by = "You must provide the information by the end of " + format(n.requiredBy) + ", a period of "
                + t.complianceDays() + " days beginning on " + format(n.dayGiven()) + ", the day this notice is given.";
        s.add(section("When the information is required", t.urgent()
                ? by + " In the Commissioner's opinion the information is required urgently, for these reasons: "
                        + t.urgencyReasons() + " The time for complying therefore does not wait for the period for "
                        + "appealing, and an appeal does not suspend it (section 142(7))."
                : by + " That is after the end of the period within which you may appeal against this notice. If you "
                        + "appeal, you need not provide the information until the appeal is decided or withdrawn "
                        + "(section 142(5) and (6))."));
        s.add(section("What this notice does not require", "This notice does not require you to provide information "
                + "about communications with a professional legal adviser in the circumstances of section 143(3) and "
                + "(4), information whose provision would infringe the privileges of either House of Parliament "
                + "(section 143(2)), or information that would, by revealing evidence of an offence, expose you to "
                + "proceedings for that offence, other than the offences listed in section 143(7) (section 143(6)). "
                + "If you consider that one of these restrictions applies, tell the Commissioner which and why through "
                + "the organisations' portal, before the information is due."));
        return s;
    }

    private static List<NoticeText.Section> assessment(Notice n) {
        AssessmentTerms t = n.assessmentTerms;
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Assessment notice", "The Information Commissioner gives you this assessment notice under section "
                + "146 of the Data Protection Act 2018, requiring you to permit the Commissioner to carry out an "
                + "assessment of whether you have complied or are complying with the data protection legislation."));
        s.add(section("Reasons", n.reasons));
        s.add(section("What the Commissioner will inspect", t.inspection()));
        long days = ChronoUnit.DAYS.between(n.dayGiven(), n.requiredBy);
        String when = "The inspection will take place on " + format(n.requiredBy)
                + (t.inspectAt() == null ? "" : " at " + t.inspectAt() + " (London time)") + ", " + days
                + " days after the day this notice is given (" + format(n.dayGiven()) + ").";
        s.add(section("When", t.urgent()
                ? when + " In the Commissioner's opinion it is necessary for you to comply urgently, for these reasons: "
                        + t.urgencyReasons() + " The inspection is therefore not delayed by an appeal; it is after the "
                        + "end of 7 days beginning when this notice is given (section 146(8))."
                : when + " That is after the end of the period within which you may appeal against this notice. If you "
                        + "appeal, you need not comply until the appeal is decided or withdrawn (section 146(6) and (7))."));
        s.add(section("Documents you must direct the Commissioner to", t.documents()));
        s.add(section("People you must make available for interview", t.people()));
        return s;
    }
}
