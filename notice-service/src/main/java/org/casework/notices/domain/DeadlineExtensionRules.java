package org.casework.notices.domain;

import java.time.LocalDate;

/**
 * DPA 2018 Sch 16 para 2(2)-(3): a penalty notice may not be given after the period of 6 months beginning
 * when the notice of intent was given, but that period "may be extended by agreement between the
 * Commissioner and the person". An extension extends a period still running: once the limit has passed
 * there is nothing left to extend, so an agreement is recorded only while it runs, and the agreement
 * itself must have been made within it (between the notice of intent and the limit, and not in the future).
 */
public final class DeadlineExtensionRules {

    static final String RULE = "DPA 2018 Sch 16 para 2(3)";

    private DeadlineExtensionRules() {
    }

    /**
     * @param today       the day the extension is recorded (London)
     * @param issuedOn    the day the notice of intent was given
     * @param deadline    the current last day for the penalty notice (statutory, or as already extended)
     * @param agreedOn    the day the organisation agreed
     * @param agreedUntil the new last day agreed
     */
    public static void requireRecordable(LocalDate today, LocalDate issuedOn, LocalDate deadline, LocalDate agreedOn,
            LocalDate agreedUntil) {
        if (today.isAfter(deadline)) {
            throw new DeadlineExtensionException("extension-after-deadline", "Deadline already passed",
                    "The period for giving a penalty notice ended on " + deadline + ": it can no longer be extended ("
                            + RULE + " extends a period that is still running)");
        }
        if (agreedOn.isAfter(today)) {
            throw new DeadlineExtensionException("agreement-date-invalid", "Agreement date invalid",
                    "The agreement is dated " + agreedOn + ", after today (" + today + "): record it once it is made");
        }
        if (agreedOn.isBefore(issuedOn)) {
            throw new DeadlineExtensionException("agreement-date-invalid", "Agreement date invalid",
                    "The agreement is dated " + agreedOn + ", before the notice of intent was given on " + issuedOn
                            + ": the period it extends (" + RULE + ") had not begun");
        }
        if (!agreedUntil.isAfter(deadline)) {
            throw new DeadlineExtensionException("extension-not-later", "Extension not later",
                    "The agreed date must be after the current deadline, " + deadline);
        }
    }
}
