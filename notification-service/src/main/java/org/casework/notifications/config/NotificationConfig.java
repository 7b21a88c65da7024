package org.casework.notifications.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** notification-service's settings (application.properties, `casework.notifications.*`). */
@ConfigMapping(prefix = "casework.notifications")
public interface NotificationConfig {

    /** The organisations' portal, for the links in their emails (no trailing slash). */
    String portalUrl();

    /** The staff web UI, for the links in caseworkers' emails (no trailing slash). */
    String caseworkerUrl();

    /**
     * Where a representation or request goes when its event names no assigned caseworker's address: the
     * case team's shared mailbox.
     */
    String teamMailbox();

    Reminders reminders();

    Retry retry();

    interface Reminders {
        /** London calendar days before each deadline's last day on which to remind. */
        @WithDefault("7,2")
        List<Integer> daysBefore();

        /** How often the reminder job looks (read by its @Scheduled; "off" in the tests, which run it themselves). */
        @WithDefault("1h")
        String every();
    }

    Dispatch dispatch();

    interface Dispatch {
        /** How often queued messages are sent (read by the dispatcher's @Scheduled). */
        @WithDefault("5s")
        String every();
    }

    interface Retry {
        @WithDefault("30s")
        Duration first();

        @WithDefault("1h")
        Duration longest();

        @WithDefault("8")
        int maxAttempts();

        /** Messages sent per run of the dispatcher. */
        @WithDefault("20")
        int batchSize();
    }
}
