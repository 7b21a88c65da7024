package org.casework.notices.service.document;

import static org.casework.notices.service.document.NoticePdfRenderer.format;

import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.Pounds;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.fee.FeePenalty;

/**
 * The words of the two notices of a fixed penalty for an unpaid charge (DPA 2018 s.155(1)(c), s.158; Sch 16 in the
 * regulator's short form): the notice of intent, then the penalty notice. Built only from what the penalty fixed when
 * each was given, so the same penalty always gives the same text (and, laid out reproducibly, the same SHA-256).
 * A fixed penalty belongs to no case: the document names none.
 */
public final class FeePenaltyNoticeText {

    /** Which of the penalty's two notices. */
    public enum Step {
        NOTICE_OF_INTENT("notice-of-intent", "Notice of intent: fixed penalty for an unpaid data protection fee"),
        PENALTY_NOTICE("penalty-notice", "Penalty notice: fixed penalty for an unpaid data protection fee");

        private final String name;
        private final String title;

        Step(String name, String title) {
            this.name = name;
            this.title = title;
        }

        /** As written in a path or query: notice-of-intent, penalty-notice. */
        public String pathName() {
            return name;
        }

        public String title() {
            return title;
        }

        /** The step named in a request, or null for a name that is none. */
        public static Step named(String name) {
            for (Step s : values()) {
                if (s.name.equals(name)) {
                    return s;
                }
            }
            return null;
        }
    }

    private FeePenaltyNoticeText() {
    }

    public static NoticeText build(FeePenalty p, Step step) {
        List<NoticeText.Section> s = step == Step.NOTICE_OF_INTENT ? noticeOfIntent(p) : penaltyNotice(p);
        return new NoticeText(step.title(), p.reference + (step == Step.NOTICE_OF_INTENT ? "-NOI" : "-PN"), null,
                step == Step.NOTICE_OF_INTENT ? p.noticeOfIntentGivenOn : p.penaltyNoticeGivenOn,
                List.of(new Recipient(p.organisationName, null, null)), s);
    }

    private static List<NoticeText.Section> noticeOfIntent(FeePenalty p) {
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Notice of intent", "The Information Commissioner intends to give you a penalty notice under "
                + "section 155(1)(c) of the Data Protection Act 2018, because the charge payable under the Data "
                + "Protection (Charges and Information) Regulations 2018 for the charge period beginning "
                + format(p.chargePeriodStart) + " (tier " + p.tier + ", " + Pounds.format(p.charge) + ") has not been "
                + "paid. This notice of intent is given under Schedule 16, paragraph 2(1)."));
        s.add(section("The amount", amount(p)));
        s.add(section("Representations", "You may make written representations about the Commissioner's intention to "
                + "give a penalty notice. Representations must be received by the end of " + format(p.representationsDueOn)
                + ", a period of 21 days beginning on " + format(p.noticeOfIntentGivenOn) + ", the day this notice is "
                + "given (Schedule 16, paragraph 3(4)). No penalty notice will be given before that period ends."));
        s.add(section("Paying the charge", "If you pay the charge of " + Pounds.format(p.charge) + " before the period "
                + "for representations ends, the Commissioner will withdraw this notice of intent."));
        return s;
    }

    private static List<NoticeText.Section> penaltyNotice(FeePenalty p) {
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Penalty notice", "The Information Commissioner gives you this penalty notice under section "
                + "155(1)(c) of the Data Protection Act 2018, requiring you to pay a fixed penalty of "
                + Pounds.format(p.amount()) + " for failing to pay the charge for the charge period beginning "
                + format(p.chargePeriodStart) + "."));
        s.add(section("The notice of intent", "This notice follows the notice of intent given on "
                + format(p.noticeOfIntentGivenOn) + ", which stated the same amount. The period for representations "
                + "ended on " + format(p.representationsDueOn) + "."));
        s.add(section("The amount", amount(p)));
        s.add(section("Payment", "The penalty must be paid by " + format(p.paymentDueOn) + ", a period of "
                + StatutoryPeriods.MIN_PAYMENT_DAYS + " days beginning on the day this notice is given (Schedule 16, "
                + "paragraph 6(2))."));
        s.add(section("Your right of appeal", "You may appeal against this notice to the First-tier Tribunal (General "
                + "Regulatory Chamber) under section 162(1)(d) of the Data Protection Act 2018, by "
                + format(p.appealDueOn) + ", 28 days after the date this notice is sent; if that day is not a working "
                + "day, an appeal received on the next working day (" + format(StatutoryPeriods.lastDayInTime(p.appealDueOn))
                + ") is in time."));
        return s;
    }

    private static String amount(FeePenalty p) {
        String fixed = "The fixed penalty for tier " + p.tier + " is " + Pounds.format(p.fixedAmount) + " (section 158(1)).";
        if (p.aggravatedAmount == null) {
            return fixed;
        }
        return fixed + " Because of the aggravating factors below, the Commissioner sets the penalty at "
                + Pounds.format(p.aggravatedAmount) + ", within the maximum of " + Pounds.format(p.statutoryMaximum)
                + " (section 158(3)): " + p.aggravationReason;
    }

    private static NoticeText.Section section(String heading, String paragraph) {
        return new NoticeText.Section(heading, List.of(paragraph));
    }
}
