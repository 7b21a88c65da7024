package org.casework.notices.service.document;

import static org.casework.notices.service.document.NoticePdfRenderer.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Pounds;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.domain.penalty.PenaltyCalculation;
import org.casework.notices.domain.penalty.PenaltyStep;

/**
 * Writes the statutory parts of a notice in order (DPA 2018 Sch 16 para 3 for a notice of intent,
 * para 5 for a penalty notice), from the notice and the facts fixed when it is given.
 */
public final class NoticeTextBuilder {

    private NoticeTextBuilder() {
    }

    /** What the other services said when the notice was given, for the parts that mention it. */
    public record IssueFacts(Notice noticeOfIntent, Long representationsReceived, String paymentDetails,
            String appealRights) {
    }

    /** How the notice is given and the day it counts as given, from which its periods run (DPA 2018 s.141 / s.141A). */
    private static NoticeText.Section giving(Notice n) {
        String sent = format(n.issuedOn);
        String text = switch (n.givingMethod) {
            case BY_HAND -> "This notice is given by delivering it by hand on " + sent + ".";
            case LEFT_AT_ADDRESS -> "This notice is given by leaving it at your proper address on " + sent + ".";
            case POST -> "This notice is sent by post on " + sent + ". It is treated as given on " + format(n.dayGiven())
                    + ", when it would be delivered in the ordinary course of post (Interpretation Act 1978, section 7).";
            case EMAIL -> "This notice is sent by email on " + sent + ". It is treated as given on "
                    + format(n.dayGiven()) + ", 48 hours after it is sent.";
        };
        return section("How this notice is given", text + " (" + n.givingProvision.replace("DPA 2018 s.",
                "Data Protection Act 2018, section ") + ".)");
    }

    public static NoticeText build(Notice n, IssueFacts facts) {
        List<NoticeText.Section> sections = switch (n.type) {
            case NOTICE_OF_INTENT -> noticeOfIntent(n);
            case PENALTY_NOTICE -> penaltyNotice(n, facts);
            case ENFORCEMENT_NOTICE -> EnforcementNoticeText.sections(n, facts);
            case INFORMATION_NOTICE, ASSESSMENT_NOTICE -> InvestigatoryNoticeText.sections(n, facts.appealRights());
            default -> otherDecision(n, facts);
        };
        if (n.givingMethod != null) {
            sections = new java.util.ArrayList<>(sections);
            sections.add(giving(n));
        }
        return new NoticeText(n.type.title(), n.reference, n.caseReference, n.issuedOn, n.recipients, sections);
    }

    private static List<NoticeText.Section> noticeOfIntent(Notice n) {
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Notice of intent", "The Information Commissioner intends to give you a penalty notice under "
                + PecrNoticeText.power(n) + ". This notice of intent is given under Schedule 16, paragraph 2(1)"
                + (PecrNoticeText.applies(n) ? ", as so applied." : ".")));
        if (PecrNoticeText.applies(n)) {
            s.add(PecrNoticeText.contravention(n));
        }
        failureToComply(n, s);
        s.add(section("Reasons and the circumstances of the failure", n.reasons));
        s.add(section("The nature of the personal data involved", n.natureOfData));
        s.add(amountSection("The indicated amount", "The Commissioner proposes a penalty of " + Pounds.format(n.amount)
                + ", including the aggravating and mitigating factors below.", n.calculation));
        s.add(section("Representations", "You may make written representations about the Commissioner's intention "
                + "to give a penalty notice. Representations must be received by the end of "
                + format(n.representationsDueOn) + ", a period of " + n.representationDays + " days beginning on "
                + format(n.dayGiven()) + ", the day this notice is given."));
        return s;
    }

    private static List<NoticeText.Section> penaltyNotice(Notice n, IssueFacts facts) {
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Penalty notice", "The Information Commissioner gives you this penalty notice under "
                + PecrNoticeText.power(n) + ", requiring you to pay a penalty of " + Pounds.format(n.amount) + "."));
        if (PecrNoticeText.applies(n)) {
            s.add(PecrNoticeText.contravention(n));
        }
        failureToComply(n, s);
        Notice noi = facts.noticeOfIntent();
        s.add(section("The notice of intent", "This notice follows notice of intent " + noi.reference + ", given on "
                + format(noi.dayGiven()) + ", which indicated a penalty of " + Pounds.format(noi.amount) + "."));
        long received = facts.representationsReceived() == null ? 0 : facts.representationsReceived();
        s.add(section("Representations", received == 0 ? "The Commissioner received no written representations."
                : "The Commissioner received " + received + " written representation(s) and considered each before "
                        + "giving this notice."));
        s.add(section("Reasons", n.reasons));
        s.add(amountSection("The amount of the penalty and the reasons for it",
                "The penalty is " + Pounds.format(n.amount) + ".", n.calculation));
        if (n.settlement != null) {
            s.add(section("Settlement", "You have accepted this decision at stage "
                    + n.settlement.stage.name().toLowerCase().replace('_', ' ') + " and waived your right of appeal; the "
                    + "penalty includes a settlement discount of " + n.settlement.discountPercent.stripTrailingZeros()
                            .toPlainString() + "%."));
        }
        s.add(section("Payment", facts.paymentDetails() + " The penalty must be paid by " + format(n.paymentDueOn)
                + ", a period of " + n.paymentDays + " days beginning on the day this notice is given."
                + onNextWorkingDay(n.paymentDueOn, "a payment")
                + (n.latePaymentInterestPercent == null ? "" : " Simple interest at "
                        + n.latePaymentInterestPercent.stripTrailingZeros().toPlainString() + "% a year accrues daily on any "
                        + "amount unpaid after that date (or, where it is not a working day, the next working day).")));
        s.add(section("Rights of appeal", n.appealDueOn == null
                ? "You have waived your right of appeal against this notice as part of the settlement."
                : facts.appealRights() + " The last day for an appeal is " + format(n.appealDueOn) + "."
                        + onNextWorkingDay(n.appealDueOn, "an appeal")));
        s.add(section("Enforcement", "The Commissioner will not take action to recover the penalty until the period "
                + "for payment and the period for appealing have ended and any appeal has been decided or otherwise "
                + "ended (Data Protection Act 2018, Schedule 16, paragraph 9(1)). After that, an unpaid penalty is "
                + "recoverable if the county court or the High Court so orders (paragraph 9(2))."));
        return s;
    }

    /** DPA 2018 s.155(1)(b), s.157(4): a penalty for failing to comply with a notice says which, and its maximum. */
    private static void failureToComply(Notice n, List<NoticeText.Section> s) {
        if (n.failureToComply == null) {
            return;
        }
        s.add(section("Failure to comply with a notice", "The penalty is for failing to comply with "
                + n.failureToComply.type.title().toLowerCase() + " " + n.failureToComply.reference + " given on "
                + format(n.failureToComply.givenOn) + ", under section 155(1)(b) of the Data Protection Act 2018. The "
                + "maximum amount of the penalty is the higher maximum amount (section 157(4))."));
    }

    private static List<NoticeText.Section> otherDecision(Notice n, IssueFacts facts) {
        List<NoticeText.Section> s = new ArrayList<>();
        s.add(section("Decision", decisionStatement(n.type)));
        s.add(section("Reasons", n.reasons));
        if (n.notionalFine != null) {
            s.add(section("Notional fine", "Had the Commissioner not decided to issue a reprimand to a public body, "
                    + "the penalty would have been " + Pounds.format(n.notionalFine) + "."));
        }
        if (n.type == NoticeType.ENFORCEMENT_NOTICE) {
            s.add(section("Rights of appeal", facts.appealRights() + " The last day for an appeal is "
                    + format(n.appealDueOn) + "." + onNextWorkingDay(n.appealDueOn, "an appeal")));
        }
        return s;
    }

    /**
     * Where a period ends on a day the tribunal or the Commissioner is closed, the act is in time on the
     * next working day (GRC Rules 2009 r.12): the notice says so, so the recipient is not misled by the
     * statutory date alone.
     */
    public static String onNextWorkingDay(LocalDate statutoryLastDay, String act) {
        LocalDate inTime = StatutoryPeriods.lastDayInTime(statutoryLastDay);
        if (inTime == null || inTime.equals(statutoryLastDay)) {
            return "";
        }
        return " As " + format(statutoryLastDay) + " is not a working day, " + act + " is in time if made on "
                + format(inTime) + ", the next working day.";
    }

    private static String decisionStatement(NoticeType type) {
        return switch (type) {
            case REPRIMAND -> "The Information Commissioner issues you a reprimand under Article 58(2)(b) UK GDPR.";
            case WARNING -> "The Information Commissioner issues you a warning under Article 58(2)(a) UK GDPR.";
            case ENFORCEMENT_NOTICE -> "The Information Commissioner gives you an enforcement notice under section 149 "
                    + "of the Data Protection Act 2018.";
            case NO_FURTHER_ACTION -> "The Information Commissioner has decided to take no further action.";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private static NoticeText.Section amountSection(String heading, String opening, PenaltyCalculation calculation) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(opening);
        if (calculation != null) {
            paragraphs.add(calculation.maximum().explanation());
            for (PenaltyStep step : calculation.steps()) {
                paragraphs.add("Step " + step.number() + " (" + step.name() + "): " + step.explanation());
                paragraphs.addAll(step.details());
            }
            paragraphs.add(calculation.summary());
        }
        return new NoticeText.Section(heading, paragraphs);
    }

    static NoticeText.Section section(String heading, String paragraph) {
        return new NoticeText.Section(heading, List.of(paragraph == null ? "" : paragraph));
    }
}
