package org.casework.platform.events;

import java.util.List;
import java.util.Set;

/** Where the relay sends events (Kafka in the services; a test may stand in its own). */
public interface EventPublisher extends AutoCloseable {

    /**
     * Sends the rows, in the order given, and answers the ids of those the broker acknowledged. It never throws: a
     * broker that is down or slow shows as rows missing from the answer, which stay in the outbox for the next try.
     */
    Set<Long> publish(List<OutboxRow> rows);

    @Override
    void close();
}
