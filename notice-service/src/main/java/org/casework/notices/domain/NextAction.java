package org.casework.notices.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.penalty.Texts;

/**
 * What a notice given to an organisation requires of it now, in one line, and the next date by which it must act
 * (null when nothing is due). Worked out for the portal's list from the notice's own dates on {@code today} (London):
 * <ul>
 * <li>notice of intent: representations by the last day of the period (Sch 16 para 3(4)); representation-service
 * holds any extension granted, so the line points there;</li>
 * <li>penalty notice: payment by the payment date (Sch 16 para 6(2)) and, unless waived in a settlement, an appeal
 * to the First-tier Tribunal by the appeal date moved to the next working day (s.162(1)(d); r.12); nothing while an
 * appeal is pending (the penalty need not be paid, s.162-163);</li>
 * <li>enforcement notice: the compliance date of the first step not yet decided (s.150(4)), or the appeal date if
 * sooner;</li>
 * <li>information notice: the information by the day required (s.142(3)(c)), not while an appeal is pending
 * (s.142(6)); assessment notice: the inspection day (s.146(2)); each with the appeal date if sooner;</li>
 * <li>reprimand, warning, no further action: nothing to do (no appeal lies under s.162(1) against them);</li>
 * <li>a withdrawn or cancelled notice: nothing to do.</li>
 * </ul>
 * A date already past is not "next": the line then says what was due and when, with no date to act by. Where the law
 * might suspend a step's date (an appeal against an enforcement or assessment notice) the date is still shown: the
 * cautious reading, so an organisation never misses a date it in fact had to keep.
 */
public record NextAction(String requires, LocalDate by) {

    private static final NextAction NOTHING = new NextAction("Nothing is required of you", null);

    public static NextAction of(Notice n, LocalDate today) {
        if (n.status == NoticeStatus.WITHDRAWN) {
            return new NextAction("Withdrawn: nothing is required of you", null);
        }
        if (n.status == NoticeStatus.CANCELLED) {
            return new NextAction("Cancelled: nothing is required of you", null);
        }
        if (n.status != NoticeStatus.ISSUED) {
            return NOTHING;
        }
        LocalDate appeal = appealBy(n, today);
        return switch (n.type) {
            case NOTICE_OF_INTENT -> onOrAfter(n.representationsDueOn, today)
                    ? new NextAction("Send any written representations (see your representation window for an extension)",
                            n.representationsDueOn)
                    : new NextAction("Representations closed on " + Texts.date(n.representationsDueOn)
                            + ": the regulator is deciding; nothing is required of you now", null);
            case PENALTY_NOTICE -> penalty(n, today, appeal);
            case ENFORCEMENT_NOTICE -> enforcement(n, today, appeal);
            case INFORMATION_NOTICE -> n.appealPending
                    ? new NextAction("Your appeal is pending: the information need not be provided until it is decided", null)
                    : required("Provide the information the notice asks for", n.requiredBy, today, appeal);
            case ASSESSMENT_NOTICE -> required("Allow the inspection the notice describes", n.requiredBy, today, appeal);
            default -> NOTHING;
        };
    }

    /** A fixed penalty for an unpaid charge, at the step it has reached (Sch 16 short form). */
    public static NextAction of(FeePenalty p, LocalDate today) {
        return switch (p.status) {
            case NOTICE_OF_INTENT_GIVEN -> onOrAfter(p.representationsDueOn, today)
                    ? new NextAction("Pay the data protection fee of " + Pounds.format(p.charge)
                            + ", or send written representations", p.representationsDueOn)
                    : new NextAction("Representations closed on " + Texts.date(p.representationsDueOn) + ": pay the data protection "
                            + "fee of " + Pounds.format(p.charge) + " to avoid a penalty notice", null);
            case PENALTY_NOTICE_GIVEN -> {
                LocalDate pay = onOrAfter(p.paymentDueOn, today) ? p.paymentDueOn : null;
                LocalDate appeal = onOrAfter(StatutoryPeriods.lastDayInTime(p.appealDueOn), today)
                        ? StatutoryPeriods.lastDayInTime(p.appealDueOn) : null;
                String line = "Pay the penalty of " + Pounds.format(p.amount()) + " by " + Texts.date(p.paymentDueOn)
                        + (appeal == null ? "" : "; you may appeal to the First-tier Tribunal by " + Texts.date(appeal));
                yield new NextAction(line, earliest(pay, appeal));
            }
            case PAID -> new NextAction("Paid: nothing is required of you", null);
            case WITHDRAWN -> new NextAction("Withdrawn (the fee was paid): nothing is required of you", null);
        };
    }

    private static NextAction penalty(Notice n, LocalDate today, LocalDate appeal) {
        if (n.appealPending) {
            return new NextAction("Your appeal is pending: the penalty need not be paid until it is decided", null);
        }
        LocalDate pay = onOrAfter(n.paymentDueOn, today) ? n.paymentDueOn : null;
        String line = "Pay the penalty of " + (n.amount == null ? "the amount stated" : Pounds.format(n.amount)) + " by "
                + Texts.date(n.paymentDueOn) + (appeal == null ? "" : "; you may appeal to the First-tier Tribunal by " + Texts.date(appeal));
        return new NextAction(line, earliest(pay, appeal));
    }

    private static NextAction enforcement(Notice n, LocalDate today, LocalDate appeal) {
        EnforcementStep next = n.enforcementSteps.stream().filter(s -> s.status == StepStatus.PENDING)
                .min(Comparator.comparing((EnforcementStep s) -> s.complianceDate).thenComparing(s -> s.position))
                .orElse(null);
        if (next == null) {
            return appeal == null ? new NextAction("Every step has been decided: nothing is required of you now", null)
                    : new NextAction("You may appeal to the First-tier Tribunal by " + Texts.date(appeal), appeal);
        }
        String line = "Step " + next.position + ": " + oneLine(next.text) + " — by " + Texts.date(next.complianceDate)
                + (appeal == null ? "" : "; you may appeal by " + Texts.date(appeal));
        return new NextAction(line, earliest(onOrAfter(next.complianceDate, today) ? next.complianceDate : null, appeal));
    }

    private static NextAction required(String what, LocalDate requiredBy, LocalDate today, LocalDate appeal) {
        String line = what + (requiredBy == null ? "" : " by " + Texts.date(requiredBy))
                + (appeal == null ? "" : "; you may appeal to the First-tier Tribunal by " + Texts.date(appeal));
        return new NextAction(line, earliest(onOrAfter(requiredBy, today) ? requiredBy : null, appeal));
    }

    /** The last day to appeal, moved to the next working day (r.12), if not yet past, not waived and none pending. */
    private static LocalDate appealBy(Notice n, LocalDate today) {
        boolean waived = n.settlement != null && Boolean.TRUE.equals(n.settlement.appealWaived)
                && n.settlement.lostOn == null;
        LocalDate last = StatutoryPeriods.lastDayInTime(n.appealDueOn);
        return waived || n.appealPending || !onOrAfter(last, today) ? null : last;
    }

    private static boolean onOrAfter(LocalDate day, LocalDate today) {
        return day != null && !day.isBefore(today);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return Stream.of(a, b).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static String oneLine(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
