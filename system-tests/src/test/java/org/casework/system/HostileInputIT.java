package org.casework.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Malformed requests for every documented operation (HostileRequests), each an otherwise valid
 * request for a real resource, sent as a caller the operation lets through, so the hostile value is
 * what is judged: never a 5xx, every refusal a problem+json 4xx, a spoilt field refused by name, and
 * afterwards every table, large object and audit chain exactly as before. Then random combinations of
 * spoilt fields from a logged seed ({@code -Dcasework.seed=N} replays a run; a failure is shrunk to
 * the fewest fields that still fail). Last, the raw bytes each service logged meanwhile: a line per
 * request, each line a well-formed record, no control character from a request.
 */
class HostileInputIT {

    private static final List<String> LET_THROUGH = List.of("caseworker", "decision-maker", "auditor", "org-owner",
            "notice-service");
    private static final List<Integer> FIELD_REFUSALS = List.of(400, 413, 415, 422);
    private static final int RANDOM_CASES = 300;
    private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) +\\[.*");
    private static final Pattern REQUEST_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} INFO  \\[org\\.cas(ework)?\\.request] "
            + "\\([^)]+\\) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \\S+ \\d{3} \\d+ms sub=\\S+ trace=[0-9a-f]{32}$");
    private static final ObjectMapper JSON = new ObjectMapper();

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
        ValidRequests valid = new ValidRequests(suite, fixture);
        Map<ServiceProcess, Long> logFrom = new LinkedHashMap<>();
        for (ServiceProcess s : List.of(suite.cases, suite.notices, suite.representations)) {
            logFrom.put(s, Files.size(s.log()));
        }
        Map<String, String> before = DatabaseSnapshot.of(suite);
        Map<String, Integer> perService = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<ApiOperations.Operation> withBodies = new ArrayList<>();
        for (ApiOperations.Operation op : ApiOperations.of(suite)) {
            if (op.path().startsWith("/test-support/")) {
                continue;
            }
            String caller = callers.get(callerFor(op, table));
            ValidRequests.Template template = valid.of(op);
            if (template != null && template.body() != null) {
                withBodies.add(op);
            }
            for (HostileRequests.Hostile h : HostileRequests.of(op, fixture.fill(op), template)) {
                h = refreshed(h, valid);
                ApiCall.Answer a = send(h, caller);
                perService.merge(op.service(), 1, Integer::sum);
                statuses.merge(op.service() + " " + a.status(), 1, Integer::sum);
                String failure = judge(h, a);
                if (failure != null) {
                    failures.add(failure);
                    if (a.status() < 300) {
                        valid = new ValidRequests(suite, fixture); // what it changed must not spoil the requests after it
                    }
                }
            }
        }
        long seed = Long.getLong("casework.seed", new Random().nextLong());
        System.out.println("Hostile input: random combinations from seed " + seed + " (replay with -Dcasework.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int i = 0; i < RANDOM_CASES; i++) {
            ApiOperations.Operation op = withBodies.get(random.nextInt(withBodies.size()));
            ValidRequests.Template template = valid.of(op);
            List<HostileRequests.Mutation> singles = HostileRequests.mutations(op, template.body());
            List<HostileRequests.Mutation> chosen = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                HostileRequests.Mutation m = singles.get(random.nextInt(singles.size()));
                boolean text = m.value() != null && m.value().startsWith("\"");
                chosen.add(text && random.nextBoolean() ? new HostileRequests.Mutation(m.path(), HostileRequests.junk(random)) : m);
            }
            chosen = distinctPaths(chosen);
            String caller = callers.get(callerFor(op, table));
            HostileRequests.Hostile h = HostileRequests.mutated(op, template, chosen);
            ApiCall.Answer a = send(h, caller);
            String failure = judge(h, a);
            perService.merge(op.service(), 1, Integer::sum);
            if (failure != null) {
                failures.add("[seed " + seed + ", case " + i + "] " + shrink(op, template, chosen, caller, failure));
                valid = new ValidRequests(suite, fixture);
            }
        }
        System.out.println("Hostile requests per service: " + perService);
        System.out.println("Answers: " + statuses);
        Files.write(suite.root.resolve("system-tests/target/hostile-input-failures.txt"), failures);
        Map<String, String> after = DatabaseSnapshot.of(suite);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>(List.of(
                () -> assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " hostile requests were "
                        + "mishandled (all in system-tests/target/hostile-input-failures.txt)"),
                () -> perService.forEach((service, count) -> assertTrue(count >= 300, service + " got only " + count + " hostile requests")),
                () -> assertEquals(before, after, "hostile requests changed stored data")));
        logFrom.forEach((service, from) -> checks.add(() -> assertLoggedCleanly(service, from, perService.get(service.name()))));
        org.junit.jupiter.api.Assertions.assertAll(checks);
    }

    /** The request with the current version in If-Match, should the template's have been spoilt by an accepted request. */
    private static HostileRequests.Hostile refreshed(HostileRequests.Hostile h, ValidRequests valid) {
        ValidRequests.Template now = valid.of(h.op());
        if (now == null || !h.headers().containsKey("If-Match") || !now.headers().containsKey("If-Match")
                || h.label().startsWith("If-Match")) {
            return h;
        }
        Map<String, String> headers = new HashMap<>(h.headers());
        headers.put("If-Match", now.headers().get("If-Match"));
        return new HostileRequests.Hostile(h.op(), h.label(), h.pathAndQuery(), h.contentType(), h.body(), headers, h.fields());
    }

    /** What is wrong with the answer to a hostile request, or null. */
    private static String judge(HostileRequests.Hostile h, ApiCall.Answer a) {
        String what = h.op().key() + " [" + h.label() + "]";
        if (a.status() >= 500) {
            return what + " answered " + a.status() + ": " + abbreviate(a.body());
        }
        if (a.status() < 400) {
            return h.op().method().equals("GET") ? null : what + " was accepted: " + a.status();
        }
        if (!a.isProblem()) {
            return what + " answered " + a.status() + " as " + a.contentType();
        }
        if (h.fields() == null) {
            return null;
        }
        if (!FIELD_REFUSALS.contains(a.status())) {
            return what + " was refused with " + a.status() + ", not for the field: " + abbreviate(a.body());
        }
        try {
            for (JsonNode e : JSON.readTree(a.body()).path("errors")) {
                String named = e.path("field").asText().replaceAll("\\[(\\d+)]", ".$1");
                if (h.fields().stream().noneMatch(f -> f.equals(named) || named.startsWith(f + ".") || f.startsWith(named + "."))) {
                    return what + " was refused for another field (" + named + "): " + abbreviate(a.body());
                }
            }
        } catch (Exception e) {
            return what + " answered a problem that is not JSON: " + abbreviate(a.body());
        }
        return null;
    }

    /** The fewest of the chosen mutations that still fail, trying without each in turn. */
    private static String shrink(ApiOperations.Operation op, ValidRequests.Template template, List<HostileRequests.Mutation> chosen,
            String caller, String failure) throws Exception {
        List<HostileRequests.Mutation> smallest = chosen;
        String last = failure;
        boolean smaller = true;
        while (smaller && smallest.size() > 1) {
            smaller = false;
            for (int i = 0; i < smallest.size(); i++) {
                List<HostileRequests.Mutation> fewer = new ArrayList<>(smallest);
                fewer.remove(i);
                HostileRequests.Hostile h = HostileRequests.mutated(op, template, fewer);
                String f = judge(h, send(h, caller));
                if (f != null) {
                    smallest = fewer;
                    last = f;
                    smaller = true;
                    break;
                }
            }
        }
        return "shrunk from " + chosen.size() + " to " + smallest.size() + " fields: " + last;
    }

    private static List<HostileRequests.Mutation> distinctPaths(List<HostileRequests.Mutation> chosen) {
        Map<List<String>, HostileRequests.Mutation> byPath = new LinkedHashMap<>();
        for (HostileRequests.Mutation m : chosen) {
            // a mutation inside a field another one replaces would have nothing to change
            if (byPath.keySet().stream().noneMatch(p -> startsWith(m.path(), p) || startsWith(p, m.path()))) {
                byPath.put(m.path(), m);
            }
        }
        return List.copyOf(byPath.values());
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static ApiCall.Answer send(HostileRequests.Hostile h, String authorization) throws Exception {
        Map<String, String> headers = new HashMap<>(h.headers());
        headers.replaceAll((k, v) -> v.equals("fresh") ? UUID.randomUUID().toString() : v);
        return ApiCall.send(h.op().baseUrl(), h.op().method(), h.pathAndQuery(), authorization, h.contentType(), h.body(), headers);
    }

    /**
     * The bytes the service wrote to its log since {@code from}: no control character but the line
     * feed (a CR, NUL or escape sequence from a request would be there raw), every line the start of
     * a log record, and every request line of the documented form, ending with its trace id.
     */
    private static void assertLoggedCleanly(ServiceProcess s, long from, int requests) {
        try {
            String logged = loggedSince(s, from, requests);
            int requestLines = 0;
            for (int i = 0; i < logged.length(); i++) {
                char c = logged.charAt(i);
                assertTrue(c == '\n' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != '\u2028' && c != '\u2029'),
                        s.name() + " logged a raw control character U+" + Integer.toHexString(c) + " near: "
                                + abbreviate(logged.substring(Math.max(0, i - 120), Math.min(logged.length(), i + 40))));
            }
            for (String line : logged.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                assertTrue(RECORD.matcher(line).matches(), s.name() + " logged a line that is no record of its own: " + abbreviate(line));
                if (isRequestLine(line)) {
                    assertTrue(REQUEST_LINE.matcher(line).matches(), s.name() + " logged a malformed request line: " + abbreviate(line));
                    requestLines++;
                }
            }
            System.out.println(s.name() + ": " + requestLines + " request lines logged for " + requests + " hostile requests, all well formed");
            assertTrue(requestLines >= requests, s.name() + " logged " + requestLines + " request lines for " + requests
                    + " hostile requests: one line per request");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A request's line: its logger's category, written whole or abbreviated by the format. */
    private static boolean isRequestLine(String line) {
        return line.contains("[org.casework.request]") || line.contains("[org.cas.request]");
    }

    /**
     * The whole lines the service logged since {@code from}, once they hold a request line per request or after ten
     * seconds: the console is written by a thread of its own, so the last lines may follow the last answer by a moment.
     */
    private static String loggedSince(ServiceProcess s, long from, int requests) throws java.io.IOException {
        String logged = "";
        for (int i = 0; i < 100; i++) {
            byte[] all = Files.readAllBytes(s.log());
            logged = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
            logged = logged.substring(0, logged.lastIndexOf('\n') + 1);
            if (logged.lines().filter(HostileInputIT::isRequestLine).count() >= requests) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return logged;
    }

    /** The first caller the operation lets through, so the requests reach its parsing and validation. */
    private static String callerFor(ApiOperations.Operation op, Map<String, List<String>> table) {
        List<String> row = table.get(op.key());
        for (String caller : LET_THROUGH) {
            String outcome = row.get(Callers.NAMES.indexOf(caller));
            if (outcome.equals("2xx") || outcome.equals("4xx-request")) {
                return caller;
            }
        }
        return "none";
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
