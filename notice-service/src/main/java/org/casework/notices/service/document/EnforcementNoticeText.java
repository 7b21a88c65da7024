package org.casework.notices.service.document;

import static org.casework.notices.service.document.NoticePdfRenderer.format;

import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.service.document.NoticeTextBuilder.IssueFacts;

/**
 * The parts of an enforcement notice in the order DPA 2018 s.149-150 gives them: the failures (s.150(1)(a)), the
 * reasons (s.150(1)(b)), the steps each with its compliance date in words (s.149(1), s.150(4)), the urgency statement
 * with its reasons where the notice is urgent (s.150(8)), the consequences of not complying and the rights of appeal
 * (s.150(5)).
 */
final class EnforcementNoticeText {

    private EnforcementNoticeText() {
    }

    static List<NoticeText.Section> sections(Notice n, IssueFacts facts) {
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Enforcement notice", "The Information Commissioner gives you this enforcement notice under "
                + "section 149 of the Data Protection Act 2018, requiring you to take the steps set out below."));
        s.add(section("What you have failed or are failing to do", n.enforcementFailures));
        s.add(section("Reasons", n.reasons));
        List<String> steps = new ArrayList<>();
        for (EnforcementStep step : n.enforcementSteps) {
            steps.add("Step " + step.position + ": " + step.text + " This step must be completed by the end of "
                    + format(step.complianceDate) + ".");
        }
        s.add(new NoticeText.Section("The steps you must take", steps));
        if (n.enforcementUrgent) {
            s.add(section("Urgency", "The Commissioner considers it necessary for the requirements of this notice to "
                    + "be complied with urgently (section 150(8)), for these reasons: " + n.enforcementUrgencyReasons
                    + " An appeal does not suspend the requirements of this notice."));
        } else {
            s.add(section("If you appeal", "No step is due before the period for appealing has ended (section 150(6)). "
                    + "If you appeal, the requirements of this notice need not be complied with until the appeal is "
                    + "decided or withdrawn (section 150(7))."));
        }
        s.add(section("If you do not comply", "If you do not comply with this notice, the Commissioner may give you a "
                + "penalty notice under section 155(1)(b) of the Data Protection Act 2018. You may apply to the "
                + "Commissioner to cancel or vary this notice (section 153)."));
        s.add(section("Rights of appeal", facts.appealRights() + " The last day for an appeal is " + format(n.appealDueOn)
                + "." + NoticeTextBuilder.onNextWorkingDay(n.appealDueOn, "an appeal")));
        return s;
    }

    private static NoticeText.Section section(String heading, String paragraph) {
        return new NoticeText.Section(heading, List.of(paragraph == null ? "" : paragraph));
    }
}
