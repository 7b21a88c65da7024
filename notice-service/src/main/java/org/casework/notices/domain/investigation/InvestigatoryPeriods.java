package org.casework.notices.domain.investigation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.platform.problem.ProblemException;

/**
 * When an information or assessment notice may require compliance, counted in London calendar days from the day it
 * is given (the day of giving is day 1, as for every period of the suite).
 * <ul>
 * <li>Not urgent: nothing may be required before the end of the period within which an appeal can be brought
 * (DPA 2018 s.142(5), s.146(6)). Cautious reading: that period ends on the working day an appeal is still in time
 * ({@link StatutoryPeriods#lastDayInTime} of {@link StatutoryPeriods#appealDueOn}), and compliance is required at the
 * earliest on the day after it, so the recipient never has to comply while it can still appeal.</li>
 * <li>Urgent, with reasons: an information notice not before the end of 24 hours beginning when it is given
 * (s.142(7)); a day-granular date meets that only from the day after giving. An assessment notice not before the end
 * of 7 days beginning when it is given (s.146(8)): the day after the 7th day.</li>
 * </ul>
 */
public final class InvestigatoryPeriods {

    /** s.142(7): an urgent information notice gives at least 24 hours beginning when it is given. */
    public static final int URGENT_INFORMATION_HOURS = 24;
    /** s.146(8): an urgent assessment notice gives at least 7 days beginning when it is given. */
    public static final int URGENT_ASSESSMENT_DAYS = 7;
    /** The fewest compliance days any information notice that is not urgent can have: the appeal period and a day. */
    public static final int MIN_INFORMATION_DAYS = StatutoryPeriods.APPEAL_DAYS + 2;
    /** The fewest compliance days an urgent information notice can have: the day of giving and the next. */
    public static final int MIN_URGENT_INFORMATION_DAYS = 2;

    private InvestigatoryPeriods() {
    }

    /** The first day on which a notice of {@code type} given on {@code givenOn} may require compliance. */
    public static LocalDate earliestCompliance(NoticeType type, LocalDate givenOn, boolean urgent) {
        if (!urgent) {
            return StatutoryPeriods.lastDayInTime(StatutoryPeriods.appealDueOn(givenOn)).plusDays(1);
        }
        return switch (type) {
            case INFORMATION_NOTICE -> givenOn.plusDays(1);
            case ASSESSMENT_NOTICE -> givenOn.plusDays(URGENT_ASSESSMENT_DAYS);
            default -> throw new IllegalArgumentException(type + " is not an investigatory notice");
        };
    }

    /** The rule that sets the earliest day, for problems and tests. */
    public static String rule(NoticeType type, boolean urgent) {
        boolean information = type == NoticeType.INFORMATION_NOTICE;
        if (urgent) {
            return information ? "DPA 2018 s.142(7)" : "DPA 2018 s.146(8)";
        }
        return information ? "DPA 2018 s.142(5)" : "DPA 2018 s.146(6)";
    }

    /**
     * The day compliance is required if the notice is given on {@code givenOn}: the last day for the information, or the
     * day of the inspection; null for other notices. Refuses (422) a day the Act does not allow.
     */
    public static LocalDate requiredBy(Notice n, LocalDate givenOn) {
        if (n.type == NoticeType.INFORMATION_NOTICE && n.informationTerms != null
                && n.informationTerms.complianceDays() != null) {
            return informationDueOn(givenOn, n.informationTerms.complianceDays(), n.informationTerms.urgent());
        }
        if (n.type == NoticeType.ASSESSMENT_NOTICE && n.assessmentTerms != null && n.assessmentTerms.inspectOn() != null) {
            return inspectionOn(givenOn, n.assessmentTerms.inspectOn(), n.assessmentTerms.urgent());
        }
        return null;
    }

    /** The last day to provide the information: {@code days} beginning on {@code givenOn}. */
    public static LocalDate informationDueOn(LocalDate givenOn, int days, boolean urgent) {
        LocalDate dueOn = givenOn.plusDays(days - 1L);
        LocalDate earliest = earliestCompliance(NoticeType.INFORMATION_NOTICE, givenOn, urgent);
        if (dueOn.isBefore(earliest)) {
            long minimum = ChronoUnit.DAYS.between(givenOn, earliest) + 1;
            throw tooEarly(NoticeType.INFORMATION_NOTICE, urgent, givenOn, earliest,
                    "the information would be due on " + dueOn + " (" + days + " days); given on " + givenOn
                            + " the period must be at least " + minimum + " days")
                    .with("minimumDays", minimum);
        }
        return dueOn;
    }

    /** The inspection day, if the Act allows it for a notice given on {@code givenOn}. */
    public static LocalDate inspectionOn(LocalDate givenOn, LocalDate inspectOn, boolean urgent) {
        LocalDate earliest = earliestCompliance(NoticeType.ASSESSMENT_NOTICE, givenOn, urgent);
        if (inspectOn.isBefore(earliest)) {
            throw tooEarly(NoticeType.ASSESSMENT_NOTICE, urgent, givenOn, earliest,
                    "the inspection on " + inspectOn + " is too early for a notice given on " + givenOn);
        }
        return inspectOn;
    }

    private static ProblemException tooEarly(NoticeType type, boolean urgent, LocalDate givenOn, LocalDate earliest,
            String what) {
        String why = urgent
                ? (type == NoticeType.INFORMATION_NOTICE ? "an urgent information notice may not require the "
                        + "information before the end of 24 hours beginning when it is given"
                        : "an urgent assessment notice may not require compliance before the end of 7 days beginning "
                                + "when it is given")
                : "nothing may be required before the end of the period within which an appeal can be brought";
        String rule = rule(type, urgent);
        return ProblemException.unprocessable("compliance-too-early", "Compliance required too early",
                type.title() + ": " + what + "; " + why + " (" + rule + "). The earliest day is " + earliest + ".")
                .with("rule", rule).with("givenOn", givenOn.toString()).with("earliestOn", earliest.toString());
    }
}
