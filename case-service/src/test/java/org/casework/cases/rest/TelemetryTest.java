package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.casework.cases.CaseApi;
import org.casework.console.QueuedHandler;
import org.casework.testing.Tokens;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What an operator sees of case-service: Prometheus metrics on /q/metrics, each operation under its route's template
 * and never a case's id, the audit backlog beside them; and the trace id on every request line, the caller's when a
 * caller sent one (W3C traceparent), so one id finds a request's lines in every service it passed through; the line
 * reaches the console from the console's own thread.
 */
@QuarkusTest
class TelemetryTest {

    @Test
    void metricsNameEachOperationByItsRouteTemplateNeverByACasesId() {
        String first = CaseApi.open();
        String second = CaseApi.open();
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + first).then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + second).then().statusCode(200);
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + second + "?secret=term").then().statusCode(200);
        String unknown = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.caseworker()).get("/no-such/" + unknown).then().statusCode(404);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics, containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/cases/{id}\"}"));
        // buckets for the dashboard's p95 and p99 (histogram_quantile over http_server_requests_seconds_bucket)
        assertThat(metrics, containsString("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/cases/{id}\",le=\"0.1\"}"));
        assertThat(metrics, not(containsString(first)));
        assertThat(metrics, not(containsString(second)));
        assertThat(metrics, containsString("uri=\"NOT_FOUND\""));
        assertThat(metrics, not(containsString(unknown)));
        assertThat(metrics, not(containsString("secret")));
        assertThat(metrics, containsString("casework_audit_pending "));
        assertThat(metrics, containsString("casework_audit_pending_oldest_age_seconds "));
        assertThat(metrics, containsString("casework_audit_link_lag_seconds_count "));
    }

    @Test
    void eachRequestLineCarriesTheTraceIdItsCallerSentOrANewOne() throws Exception {
        String id = CaseApi.open();
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";

        List<String> lines = requestLines(() -> {
            given().auth().oauth2(Tokens.caseworker()).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                    .get("/cases/" + id).then().statusCode(200);
            given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(200);
        }, 2);

        assertThat(lines, hasSize(2));
        assertThat(lines.get(0), matchesPattern("GET /cases/" + id + " 200 \\d+ms sub=caseworker-1 trace=" + trace));
        assertThat(lines.get(1), matchesPattern("GET /cases/" + id + " 200 \\d+ms sub=caseworker-1 trace=[0-9a-f]{32}"));
        assertThat(lines.get(1), not(containsString(trace)));
    }

    @Test
    void theConsoleWritesARequestsLineOnItsOwnThreadNotTheRequests() throws Exception {
        String id = CaseApi.open();
        QueuedHandler console = consoleQueue();
        List<String[]> written = new CopyOnWriteArrayList<>();
        Handler watch = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if ("org.casework.request".equals(record.getLoggerName())) {
                    ExtLogRecord r = (ExtLogRecord) record;
                    written.add(new String[] { r.getFormattedMessage(), r.getThreadName(), Thread.currentThread().getName() });
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        console.addHandler(watch);
        try {
            requestLines(() -> given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(200), 1);
            for (int i = 0; i < 50 && written.isEmpty(); i++) {
                Thread.sleep(20);
            }
        } finally {
            console.removeHandler(watch);
        }

        assertThat(written, hasSize(1));
        String[] line = written.get(0);
        assertThat(line[0], matchesPattern("GET /cases/" + id + " 200 \\d+ms sub=caseworker-1 trace=[0-9a-f]{32}"));
        // the record keeps the request's thread as its own; the console wrote it from another
        assertThat(line[2], not(line[1]));
    }

    /** The queue in front of the console: without it each line is formatted under a lock every request shares. */
    private static QueuedHandler consoleQueue() {
        List<Handler> handlers = new java.util.ArrayList<>(List.of(Logger.getLogger("").getHandlers()));
        for (int i = 0; i < handlers.size(); i++) {
            if (handlers.get(i) instanceof QueuedHandler queue) {
                return queue;
            }
            if (handlers.get(i) instanceof ExtHandler nested) {
                handlers.addAll(List.of(nested.getHandlers()));
            }
        }
        throw new AssertionError("the console is written on each request's own thread: no asynchronous handler in " + handlers);
    }

    /** The request lines logged while {@code requests} run (the test profile keeps them below its log level). */
    static List<String> requestLines(Runnable requests, int expected) throws InterruptedException {
        Logger log = Logger.getLogger("org.casework.request");
        Level was = log.getLevel();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord e ? e.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(Level.INFO);
        log.addHandler(keep);
        try {
            requests.run();
            // the line is written when the answer has gone, so it may follow the test's read by a moment
            for (int i = 0; i < 50 && lines.size() < expected; i++) {
                Thread.sleep(20);
            }
        } finally {
            log.removeHandler(keep);
            log.setLevel(was);
        }
        return lines;
    }
}
