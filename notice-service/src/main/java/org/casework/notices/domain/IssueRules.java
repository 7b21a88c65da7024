package org.casework.notices.domain;

import java.time.LocalDate;

import org.casework.platform.problem.ProblemException;

/**
 * The rules a decision-maker's issue must pass, each refusal naming its rule and the date or
 * number involved. Facts held by other services (the representations) are passed in; this class
 * only decides. Four eyes is {@link FourEyes}.
 */
public final class IssueRules {

    static final String HEARINGS_RULE = "DPA 2018 Sch 16 para 3(5), para 4(1)";

    private IssueRules() {
    }

    /** Sch 16 para 2(1): a penalty notice rests on a notice of intent given on the same case and not withdrawn. */
    public static void requireLiveNoticeOfIntent(Notice penaltyNotice, Notice noticeOfIntent) {
        if (noticeOfIntent == null || noticeOfIntent.type != NoticeType.NOTICE_OF_INTENT
                || !noticeOfIntent.caseId.equals(penaltyNotice.caseId) || noticeOfIntent.status != NoticeStatus.ISSUED) {
            throw ProblemException.unprocessable("notice-of-intent-required", "Notice of intent required",
                    "A penalty notice can only be given after a notice of intent on the same case has been given "
                            + "and not withdrawn (DPA 2018 Sch 16 para 2(1))")
                    .with("rule", "DPA 2018 Sch 16 para 2(1)");
        }
    }

    /**
     * Sch 16 paras 3(3) and 4: the organisation must have been able to make its representations; until
     * the notice of intent's window is confirmed open, the portal has not offered it the chance.
     */
    public static void requireRepresentationWindowOpened(Notice noticeOfIntent) {
        if (noticeOfIntent.representationWindowOpenedAt == null) {
            throw ProblemException.conflict("representation-window-not-open", "Representation window not open",
                    "The window for representations on " + noticeOfIntent.reference + " is not open yet, so the "
                            + "organisation has not been able to make representations (DPA 2018 Sch 16 paras 3(3), 4); "
                            + "it opens within seconds of the issue, try again shortly")
                    .with("rule", "DPA 2018 Sch 16 paras 3(3), 4");
        }
    }

    /** Sch 16 para 4(1): not before the representations period has ended (after any extension granted). */
    public static void requireRepresentationPeriodEnded(LocalDate today, LocalDate representationsDueOn) {
        if (!today.isAfter(representationsDueOn)) {
            throw ProblemException.conflict("representation-period-running", "Representation period still running",
                    "The organisation may make representations until the end of " + representationsDueOn
                            + ": a penalty notice cannot be given before " + representationsDueOn.plusDays(1)
                            + " (DPA 2018 Sch 16 para 4(1))")
                    .with("rule", "DPA 2018 Sch 16 para 4(1)")
                    .with("representationsDueOn", representationsDueOn.toString());
        }
    }

    /** Sch 16 para 4(2): every representation received must have been considered first. */
    public static void requireRepresentationsConsidered(long received, long considered) {
        if (considered < received) {
            throw ProblemException.conflict("representations-not-considered", "Representations not considered",
                    (received - considered) + " of " + received + " representations have not been marked considered "
                            + "(DPA 2018 Sch 16 para 4(2))")
                    .with("rule", "DPA 2018 Sch 16 para 4(2)")
                    .with("received", received)
                    .with("considered", considered);
        }
    }

    /**
     * Sch 16 para 3(5) and para 4(1): the period for representations is not over while a request for more time
     * or for an oral hearing waits for a decision, nor while a hearing granted has not been held (the time the
     * oral representations may be made was given to the organisation, and the notice cannot come before it).
     */
    public static void requireRequestsDecidedAndHearingsHeld(long undecidedExtensionRequests,
            long undecidedHearingRequests, long hearingsNotHeld) {
        if (undecidedExtensionRequests > 0 || undecidedHearingRequests > 0) {
            throw ProblemException.conflict("requests-undecided", "Requests undecided",
                    undecidedExtensionRequests + " request(s) for more time and " + undecidedHearingRequests
                            + " request(s) for an oral hearing are not decided yet; decide them before a penalty "
                            + "notice (" + HEARINGS_RULE + ")")
                    .with("rule", HEARINGS_RULE)
                    .with("undecidedExtensionRequests", undecidedExtensionRequests)
                    .with("undecidedHearingRequests", undecidedHearingRequests)
                    .with("hearingsNotHeld", hearingsNotHeld);
        }
        if (hearingsNotHeld > 0) {
            throw ProblemException.conflict("hearing-not-held", "Hearing not held",
                    hearingsNotHeld + " oral hearing(s) granted have not been recorded as held; the organisation may "
                            + "make its oral representations first (" + HEARINGS_RULE + ")")
                    .with("rule", HEARINGS_RULE)
                    .with("undecidedExtensionRequests", undecidedExtensionRequests)
                    .with("undecidedHearingRequests", undecidedHearingRequests)
                    .with("hearingsNotHeld", hearingsNotHeld);
        }
    }

    /**
     * Sch 16 para 2(2)-(3): the penalty notice may not be given after 6 months beginning when the notice of intent
     * was given, unless a longer period was agreed with the organisation. {@code givenOn} is the day the penalty
     * notice itself would be treated as given (by post or email, later than the day it is sent).
     */
    public static void requireWithinPenaltyDeadline(LocalDate givenOn, Notice noticeOfIntent) {
        LocalDate deadline = penaltyDeadline(noticeOfIntent);
        if (givenOn.isAfter(deadline)) {
            throw ProblemException.unprocessable("penalty-notice-deadline-passed", "Penalty notice deadline passed",
                    "The notice of intent was given on " + noticeOfIntent.dayGiven() + "; a penalty notice resting on it "
                            + "had to be given by " + deadline + ", and this one would be given on " + givenOn
                            + " (DPA 2018 Sch 16 para 2(2)) and no later date was agreed "
                            + "(para 2(3))")
                    .with("rule", "DPA 2018 Sch 16 para 2(2)")
                    .with("deadline", deadline.toString());
        }
    }

    public static LocalDate penaltyDeadline(Notice noticeOfIntent) {
        LocalDate statutory = StatutoryPeriods.penaltyNoticeDeadline(noticeOfIntent.dayGiven());
        DeadlineExtension extension = noticeOfIntent.deadlineExtension;
        if (extension != null && extension.agreedUntil != null && extension.agreedUntil.isAfter(statutory)) {
            return extension.agreedUntil;
        }
        return statutory;
    }
}
