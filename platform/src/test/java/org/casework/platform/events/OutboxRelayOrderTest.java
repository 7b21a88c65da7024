package org.casework.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a tick may mark published: per aggregate, only what follows no unacknowledged row of the same aggregate. */
class OutboxRelayOrderTest {

    private static OutboxRow row(long id, String aggregate, long seq) {
        return new OutboxRow(id, UUID.randomUUID(), "notice", aggregate, seq, "t", Instant.EPOCH, "{}", null);
    }

    @Test
    void allAcknowledgedRowsArePublished() {
        List<OutboxRow> rows = List.of(row(1, "a", 1), row(2, "b", 1), row(3, "a", 2));
        assertEquals(List.of(1L, 2L, 3L), OutboxRelay.inOrderPerAggregate(rows, Set.of(1L, 2L, 3L)));
    }

    @Test
    void aRowAfterAnUnacknowledgedOneOfItsAggregateWaitsSoTheAggregateIsNeverReordered() {
        List<OutboxRow> rows = List.of(row(1, "a", 1), row(2, "b", 1), row(3, "a", 2), row(4, "b", 2));
        // a's first was not acknowledged: a's second waits too, and both go again, in order; b is unaffected
        assertEquals(List.of(2L, 4L), OutboxRelay.inOrderPerAggregate(rows, Set.of(2L, 3L, 4L)));
    }

    @Test
    void nothingAcknowledgedNothingPublished() {
        assertEquals(List.of(), OutboxRelay.inOrderPerAggregate(List.of(row(1, "a", 1)), Set.of()));
    }
}
