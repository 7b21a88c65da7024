package org.casework.notices.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** notice-service settings; statutory minimums are enforced by {@link NoticeSettings}, not trusted here. */
@ConfigMapping(prefix = "casework.notices")
public interface NoticeConfig {

    /** Days allowed for payment, beginning when a penalty notice is given (never below 28). */
    @WithDefault("28")
    int paymentDays();

    /** How a penalty is to be paid, printed on every penalty notice. */
    String paymentDetails();

    /** The statement of appeal rights printed on final decisions. */
    String appealRights();

    Settlement settlement();

    Giving giving();

    /**
     * How old unfinished work must be before the reconciliation job takes it over: longer than a
     * request's own downstream calls can take, so the job never races a request still running.
     */
    @WithDefault("20s")
    Duration reconcileAfter();

    /**
     * How a notice of intent's representation window is opened once the notice is given (docs/architecture.md,
     * "Events"): {@code event} leaves it to representation-service, which opens it from the {@code notice.given.v1}
     * event, and the reconciliation job's call (after {@link #reconcileAfter()}) confirms it, or opens it if the event
     * has not; {@code call} opens it by the call in the request, as before events; {@code auto} (the default) is
     * {@code event} wherever Kafka is configured (the relay publishes), {@code call} elsewhere.
     */
    @WithDefault("auto")
    WindowOpening windowOpening();

    enum WindowOpening {
        AUTO,
        EVENT,
        CALL
    }

    /** How often the reconciliation job runs (a duration such as 5s, or "off"); read by its @Scheduled. */
    @WithDefault("5s")
    String reconcileEvery();

    /** How often the deadline gauges are recounted (a duration, or "off"); read by DeadlineMetrics' @Scheduled. */
    @WithDefault("60s")
    String deadlineMetricsEvery();

    /** How notices are given (DPA 2018 s.141 / s.141A). */
    interface Giving {

        /**
         * The first day DPA 2018 s.141A (inserted by DUAA 2025 s.96) is in force: a notice sent from this London day
         * is given under s.141A (email allowed, given 48 hours after sending), before it under s.141. No commencement
         * regulation naming s.96 was found when this was written (SI 2026/82 reg 2 lists ss.94 and 98 but not 96):
         * the default, 5 Feb 2026, is the day SI 2026/82 brought the neighbouring Part 5 enforcement changes in;
         * set the confirmed day here.
         */
        @WithName("s141a-in-force-from")
        @WithDefault("2026-02-05")
        java.time.LocalDate s141aInForceFrom();
    }

    interface Settlement {
        java.math.BigDecimal beforeNoticeOfIntent();

        java.math.BigDecimal duringRepresentations();

        java.math.BigDecimal afterRepresentations();
    }
}
