package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * One trace through the three packaged services: a decision-maker issues the reference notice of intent, with a
 * trace begun by the caller (W3C traceparent, as a browser's or a gateway's instrumentation would send it), and
 * the request line each service writes for its part carries that trace id: notice-service's issue, case-service's
 * transition the issue makes, representation-service's window it opens; and the notice's events on Kafka
 * ({@code notice.issued}, {@code notice.given}) carry it in their {@code traceparent} extension, and notification-service's
 * work on {@code notice.given} continues it: the emails it records for the notice carry that trace id. Where spans are
 * exported to a collector, they are those of the same trace.
 */
class TraceAcrossServicesIT {

    private static final Pattern TRACE = Pattern.compile(" trace=([0-9a-f]{32})$");
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
    }

    @AfterAll
    static void resetClocks() {
        Clocks.reset(suite);
    }

    @Test
    void issuingTheNoticeOfIntentIsOneTraceInNoticeCaseRepresentationAndNotificationService() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(LocalDateTime.of(2024, 8, 1, 10, 0));
        String noi = at(r.notices, r.ada).contentType(ContentType.JSON).body(ReferenceSteps.noticeOfIntent(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 7, 10, 0));
        String trace = "5a1c0ffee0ddba11cafe0123456789ab";

        at(r.notices, r.grace).header("Idempotency-Key", "traced-issue-" + noi).header("traceparent", "00-" + trace + "-1122334455667788-01")
                .post("/notices/" + noi + "/issue").then().statusCode(200);

        assertEquals(trace, traceOfLine(suite.notices, "POST /notices/" + noi + "/issue 200 "), "notice-service's issue");
        assertEquals(trace, traceOfLine(suite.cases, "POST /cases/" + caseId + "/transitions 200 "), "case-service's transition");
        assertEquals(trace, traceOfLine(suite.representations, "PUT /internal/windows/" + noi + " 20"), "representation-service's window");

        // and the events the issue published carry it on, for their consumers' work to join the trace
        java.util.List<com.fasterxml.jackson.databind.JsonNode> events = new java.util.ArrayList<>();
        Eventually.await(java.time.Duration.ofSeconds(20), "notice " + noi + "'s given event on Kafka", () -> {
            events.clear();
            events.addAll(suite.events.cloudEvents("casework.notices.v1", "notice/" + noi));
            return events.stream().anyMatch(e -> e.path("type").asText().endsWith("notice.given.v1"));
        });
        for (var event : events) {
            if (!event.path("type").asText().endsWith("notice.drafted.v1")) {
                assertTrue(event.path("traceparent").asText().startsWith("00-" + trace + "-"), event.path("type").asText()
                        + " carries the issue's trace: " + event);
            }
        }

        // notification-service's work on notice.given joins it: each email it records for the notice is in that trace
        Eventually.await(java.time.Duration.ofSeconds(30), "notification-service's record of notice " + noi, () -> NoticeMail
                .recorded(suite, noi).stream().anyMatch(m -> "notice-given".equals(m.get("template"))));
        for (var message : NoticeMail.recorded(suite, noi)) {
            if ("notice-given".equals(message.get("template"))) {
                assertEquals(trace, message.get("traceId"), "notification-service's message to " + message.get("recipient"));
            }
        }
    }

    /**
     * The trace id on the service's latest request line containing {@code request} (the case's earlier transition, to
     * INVESTIGATING, has a line of its own); lines are written when the answer has gone.
     */
    private static String traceOfLine(ServiceProcess service, String request) throws Exception {
        for (int i = 0; i < 100; i++) {
            Optional<String> line = lines(service).stream().filter(l -> l.contains("[org.casework.request]") && l.contains(request))
                    .reduce((first, second) -> second);
            if (line.isPresent()) {
                Matcher m = TRACE.matcher(line.get());
                assertTrue(m.find(), service.name() + ": a request line without a trace id: " + line.get());
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(service.name() + " logged no request line with \"" + request + "\" in " + service.log());
    }

    private static List<String> lines(ServiceProcess service) throws Exception {
        return List.of(new String(Files.readAllBytes(service.log()), StandardCharsets.UTF_8).split("\n"));
    }
}
