package org.casework.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.IntStream;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.junit.jupiter.api.Test;

class QueuedHandlerTest {

    /** What reached the console: each record's message, the thread that wrote it, and its trace id. */
    private record Written(String message, String thread, String traceId) {
    }

    /** Stands for the console handler; it can be held shut to fill the queue. */
    private static final class Console extends ExtHandler {
        final List<Written> written = new CopyOnWriteArrayList<>();
        final CountDownLatch open;

        Console(CountDownLatch open) {
            this.open = open;
        }

        @Override
        protected void doPublish(ExtLogRecord record) {
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(new Written(record.getMessage(), Thread.currentThread().getName(), record.getMdc("traceId")));
        }
    }

    private static ExtLogRecord record(String message) {
        return new ExtLogRecord(Level.INFO, message, QueuedHandlerTest.class.getName());
    }

    @Test
    void everyQueuedRecordIsWrittenInOrderByTheWriterBeforeDrainReturns() {
        Console console = new Console(new CountDownLatch(0));
        QueuedHandler handler = new QueuedHandler(console, 64);
        IntStream.range(0, 1_000).forEach(i -> handler.publish(record("line " + i)));

        handler.drain(Duration.ofSeconds(5));

        assertEquals(IntStream.range(0, 1_000).mapToObj(i -> "line " + i).toList(),
                console.written.stream().map(Written::message).toList());
        assertTrue(console.written.stream().allMatch(w -> w.thread().equals("console-writer")));
    }

    @Test
    void recordsFromManyThreadsAtOnceAreEachWrittenOnceThroughASmallQueue() throws Exception {
        Console console = new Console(new CountDownLatch(0));
        QueuedHandler handler = new QueuedHandler(console, 16);
        List<Thread> threads = IntStream.range(0, 8).mapToObj(t -> new Thread(() -> IntStream.range(0, 500)
                .forEach(i -> handler.publish(record(t + "/" + i))))).toList();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(10_000);
        }

        handler.drain(Duration.ofSeconds(5));

        List<String> written = console.written.stream().map(Written::message).toList();
        assertEquals(4_000, written.size());
        assertEquals(4_000, new java.util.HashSet<>(written).size());
        for (int t = 0; t < 8; t++) {
            String thread = t + "/";
            // each thread's lines in the order it logged them
            assertEquals(IntStream.range(0, 500).mapToObj(i -> thread + i).toList(),
                    written.stream().filter(m -> m.startsWith(thread)).toList());
        }
    }

    @Test
    void aRecordKeepsTheTraceIdOfTheThreadThatLoggedIt() {
        Console console = new Console(new CountDownLatch(0));
        QueuedHandler handler = new QueuedHandler(console, 64);
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        try {
            handler.publish(record("a request"));
        } finally {
            MDC.remove("traceId");
        }
        handler.publish(record("outside any trace"));

        handler.drain(Duration.ofSeconds(5));

        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", console.written.get(0).traceId());
        assertEquals(null, console.written.get(1).traceId());
    }

    @Test
    void aFullQueueMakesTheNextRecordWaitAndDropsNothing() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        Console console = new Console(open);
        QueuedHandler handler = new QueuedHandler(console, 2);
        Thread logging = new Thread(() -> IntStream.range(0, 6).forEach(i -> handler.publish(record("line " + i))));
        logging.start();
        // two places: the writer holds line 0 (its place comes back once it is written), line 1 waits in the queue,
        // and line 2 waits for room
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (logging.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Thread.State.WAITING, logging.getState(), "the logging thread waits for room in the queue");
        assertEquals(0, console.written.size());

        open.countDown();
        logging.join(5_000);
        handler.drain(Duration.ofSeconds(5));

        assertEquals(List.of("line 0", "line 1", "line 2", "line 3", "line 4", "line 5"),
                console.written.stream().map(Written::message).toList());
    }

    @Test
    void onceDrainedRecordsAreWrittenOnTheThreadThatLogsThem() {
        Console console = new Console(new CountDownLatch(0));
        QueuedHandler handler = new QueuedHandler(console, 64);
        handler.drain(Duration.ofSeconds(5));

        handler.publish(record("while the process exits"));

        assertEquals(List.of(new Written("while the process exits", Thread.currentThread().getName(), null)),
                console.written);
    }
}
