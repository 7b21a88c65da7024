package org.casework.notices.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    /**
     * How old unfinished work must be before the reconciliation job takes it over: longer than a
     * request's own downstream calls can take, so the job never races a request still running.
     */
    @WithDefault("20s")
    Duration reconcileAfter();

    /** How often the reconciliation job runs (a duration such as 5s, or "off"); read by its @Scheduled. */
    @WithDefault("5s")
    String reconcileEvery();

    /** How often the deadline gauges are recounted (a duration, or "off"); read by DeadlineMetrics' @Scheduled. */
    @WithDefault("60s")
    String deadlineMetricsEvery();

    interface Settlement {
        java.math.BigDecimal beforeNoticeOfIntent();

        java.math.BigDecimal duringRepresentations();

        java.math.BigDecimal afterRepresentations();
    }
}
