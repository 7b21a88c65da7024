package org.casework.notices;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock listener that holds a stub's answer at a named gate: attach it with
 * {@code .withServeEventListener(Gates.NAME, Gates.at("name"))}. The request waits until the test
 * {@link Gate#open() opens} the gate (at most {@link #LONGEST_HOLD_SECONDS}, so a failed test never hangs).
 */
public final class Gates implements ServeEventListener {

    public static final String NAME = "gate";
    static final long LONGEST_HOLD_SECONDS = 20;
    private static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    /** One gate: how many requests reached it, and whether it is open. */
    public static final class Gate {
        private final String name;
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        private Gate(String name) {
            this.name = name;
        }

        /** Waits until a request reaches the gate; fails the test if none does in time. */
        public void awaitArrival() throws InterruptedException {
            if (!arrived.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("no request reached gate " + name);
            }
        }

        public void open() {
            open.countDown();
        }

        void pass() {
            arrived.countDown();
            try {
                open.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Gate named(String name) {
        return GATES.computeIfAbsent(name, Gate::new);
    }

    /** The listener's parameters naming the gate a stub waits at. */
    public static Parameters at(String gate) {
        return Parameters.one("gate", gate);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
        named(parameters.getString("gate")).pass();
    }
}
