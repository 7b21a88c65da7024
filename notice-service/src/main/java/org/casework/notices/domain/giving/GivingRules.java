package org.casework.notices.domain.giving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.casework.platform.time.EnglandAndWalesCalendar;
import org.casework.platform.time.LondonCalendar;

/**
 * The law on giving a notice, by the day it is sent: DPA 2018 s.141 before s.141A came into force, s.141A from that
 * day (DUAA 2025 s.96). The day s.141A commenced is configuration ({@code casework.notices.giving.s141a-in-force-from},
 * see {@code config.NoticeConfig}) because no commencement regulation bringing s.96 into force was found when this
 * was written; statutory periods then run from the day {@link #give} answers (Sch 16 paras 2(2), 3(4), 6(2)).
 */
public final class GivingRules {

    private final LocalDate s141aInForceFrom;
    private final EnglandAndWalesCalendar calendar;

    public GivingRules(LocalDate s141aInForceFrom, EnglandAndWalesCalendar calendar) {
        this.s141aInForceFrom = Objects.requireNonNull(s141aInForceFrom, "s141aInForceFrom");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The version in force on {@code sentOn}: s.141A on and after its commencement day, s.141 before. */
    public GivingVersion versionOn(LocalDate sentOn) {
        return sentOn.isBefore(s141aInForceFrom) ? GivingVersion.S141 : GivingVersion.S141A;
    }

    /**
     * A notice sent at {@code sentAt} by {@code method}: when it is given, under the version in force on the London
     * day of sending. Refuses a method that version does not allow (email under s.141, s.141(5)).
     */
    public Giving give(GivingMethod method, Instant sentAt) {
        Objects.requireNonNull(method, "method");
        LocalDate sentOn = LondonCalendar.dateOf(sentAt);
        GivingVersion version = versionOn(sentOn);
        if (!version.allows(method)) {
            throw new GivingRuleException("giving-method-not-allowed", version.provision(),
                    "A notice sent on " + sentOn + " is given under " + version.provision() + ", which allows "
                            + "email only with the person's consent (s.141(5)); this service records no such consent, "
                            + "so give it by hand, leave it at the address or send it by post");
        }
        return new Giving(method, sentAt, sentOn, version.givenOn(method, sentAt, calendar), version.provision());
    }
}
