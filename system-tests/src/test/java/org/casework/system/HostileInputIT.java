package org.casework.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * At least a thousand malformed requests per service, generated from each documented operation
 * (HostileRequests), sent as a caller the operation lets through (so they reach its parsing and
 * validation): never a 5xx, every refusal a problem+json 4xx, and afterwards every table, large object
 * and audit chain exactly as before. Then the services' logs must hold no line the requests forged.
 */
class HostileInputIT {

    private static final List<String> LET_THROUGH = List.of("caseworker", "decision-maker", "auditor", "org-owner", "service");
    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");

    private static Suite suite;
    private static SecurityFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        fixture = SecurityFixture.get(suite);
    }

    @Test
    void malformedRequestsAreRefusedWithProblemsAndChangeNothing() throws Exception {
        Map<String, String> callers = Callers.all(suite);
        Map<String, List<String>> table = AuthorizationMatrixIT.table(suite);
        Map<String, String> before = DatabaseSnapshot.of(suite);
        Map<String, Integer> perService = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (ApiOperations.Operation op : ApiOperations.of(suite)) {
            if (op.path().startsWith("/test-support/")) {
                continue;
            }
            String caller = callerFor(op, table);
            String unknown = PARAM.matcher(op.path()).replaceAll(r -> SecurityFixture.unknownId());
            for (HostileRequests.Hostile h : HostileRequests.of(op, fixture.fill(op), unknown)) {
                ApiCall.Answer a = ApiCall.send(op.baseUrl(), op.method(), h.pathAndQuery(), callers.get(caller), h.contentType(),
                        h.body(), h.headers());
                perService.merge(op.service(), 1, Integer::sum);
                if (a.status() < 400) {
                    accepted.add(op.key() + " [" + h.label() + "]");
                }
                statuses.merge(op.service() + " " + a.status(), 1, Integer::sum);
                if (a.status() >= 500) {
                    failures.add(op.key() + " [" + h.label() + "] answered " + a.status() + ": " + abbreviate(a.body()));
                } else if (a.status() >= 400 && !a.isProblem()) {
                    failures.add(op.key() + " [" + h.label() + "] answered " + a.status() + " as " + a.contentType());
                } else if (a.status() < 400 && !op.method().equals("GET")) {
                    failures.add(op.key() + " [" + h.label() + "] was accepted: " + a.status());
                } else if (a.status() < 400 && a.body() != null && a.body().contains("Exception")) {
                    failures.add(op.key() + " [" + h.label() + "] leaked: " + abbreviate(a.body()));
                }
            }
        }
        System.out.println("Hostile requests per service: " + perService);
        System.out.println("Answers: " + statuses);
        System.out.println("Answered 2xx (reads whose parameter was acceptable): " + accepted);
        assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " hostile requests were mishandled");
        perService.forEach((service, count) -> assertTrue(count >= 1_000, service + " got only " + count + " hostile requests"));
        assertEquals(before, DatabaseSnapshot.of(suite), "hostile requests changed stored data");
        for (ServiceProcess s : List.of(suite.cases, suite.notices, suite.representations)) {
            for (String line : Files.readAllLines(s.log(), StandardCharsets.UTF_8)) {
                assertTrue(!line.startsWith(HostileRequests.FORGED) && !line.contains("\n"), s.name() + " logged a forged line: " + line);
            }
        }
    }

    /** The first caller the operation lets through, so the requests reach its parsing and validation. */
    private static String callerFor(ApiOperations.Operation op, Map<String, List<String>> table) {
        List<String> row = table.get(op.key());
        for (String caller : LET_THROUGH) {
            if (row.get(Callers.NAMES.indexOf(caller)).equals("ok")) {
                return caller;
            }
        }
        return "none";
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
