package org.casework.notices.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.casework.platform.events.ProcessedEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The consumers' inbox: an event delivered twice is acted on once; work that rolled back is tried again. */
@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void aConsumerSeeingAnEventTwiceActsOnce() {
        UUID eventId = UUID.randomUUID();
        AtomicInteger acted = new AtomicInteger();

        assertThat(processed.handleOnce("window-opener", eventId, acted::incrementAndGet), is(true));
        assertThat(processed.handleOnce("window-opener", eventId, acted::incrementAndGet), is(false));

        assertThat(acted.get(), equalTo(1));
    }

    @Test
    void anotherConsumerOfTheSameEventActsOnItsOwn() {
        UUID eventId = UUID.randomUUID();
        AtomicInteger acted = new AtomicInteger();
        processed.handleOnce("window-opener", eventId, acted::incrementAndGet);
        processed.handleOnce("register-publisher", eventId, acted::incrementAndGet);
        assertThat(acted.get(), equalTo(2));
    }

    @Test
    void workThatRolledBackLeavesTheEventUnprocessedSoTheNextDeliveryActs() {
        UUID eventId = UUID.randomUUID();
        AtomicInteger acted = new AtomicInteger();
        try {
            processed.handleOnce("window-opener", eventId, () -> {
                acted.incrementAndGet();
                throw new IllegalStateException("the consumer's work failed");
            });
        } catch (IllegalStateException expected) {
            // its transaction, and the mark with it, rolled back
        }
        assertThat(processed.handleOnce("window-opener", eventId, acted::incrementAndGet), is(true));
        assertThat(acted.get(), equalTo(2));
    }
}
