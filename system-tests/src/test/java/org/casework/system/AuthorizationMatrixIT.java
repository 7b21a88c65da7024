package org.casework.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation every service documents, called by each kind of caller, against the table
 * {@code authz-matrix.csv}, which is written by hand from the design and never from a run: any
 * difference fails, and so does a documented operation without a row or a row without an operation.
 * The routes each packaged application can answer are compared with its documented operations, so an
 * undocumented endpoint cannot escape the table. docs/security.md prints the same table.
 */
class AuthorizationMatrixIT {

    private static final String START = "<!-- authorisation matrix: the table of AuthorizationMatrixIT -->";
    private static final String END = "<!-- end of authorisation matrix -->";
    /** Router observers that register no path: they see every request before routing (docs/security.md). */
    private static final Set<String> FILTERS = Set.of("org.casework.platform.http.BodySizeLimit",
            "org.casework.platform.http.PathGuard", "org.casework.platform.http.RequestLimits",
            "org.casework.platform.ratelimit.RateLimiter", "org.casework.requestlog.RequestLog");

    private static Suite suite;
    private static SecurityFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        fixture = SecurityFixture.get(suite);
    }

    @Test
    void everyOperationAnswersEachCallerExactlyAsTheTableSays() throws Exception {
        Map<String, String> callers = Callers.all(suite);
        Map<String, List<String>> expected = table(suite);
        Map<String, List<String>> actual = new TreeMap<>();
        Set<String> undocumented = new TreeSet<>();
        Set<String> unlimited = new TreeSet<>();
        for (ApiOperations.Operation op : ApiOperations.of(suite)) {
            if (op.path().startsWith("/test-support/")) {
                continue; // the e2e builds' clock control; production builds answer 404 there (each service's *IT)
            }
            List<String> row = new ArrayList<>();
            for (String caller : Callers.NAMES) {
                ApiCall.Answer a = ApiCall.send(op.baseUrl(), op.method(), fixture.fill(op), callers.get(caller),
                        ApiCall.contentTypeHeader(op.bodyType()), body(op, caller), Map.of());
                if (a.status() >= 500) {
                    fail(op.key() + " as " + caller + " answered " + a.status() + ": " + a.body());
                }
                if (a.status() >= 400) {
                    assertTrue(a.isProblem(), op.key() + " as " + caller + " answered " + a.status() + " without problem+json");
                }
                if (a.rateLimit() == null) {
                    unlimited.add(op.key() + " as " + caller + " (" + a.status() + ")");
                }
                if (!op.documents(a.status())) {
                    undocumented.add(op.key() + " answered " + a.status());
                }
                row.add(outcome(a.status()));
            }
            actual.put(op.key(), row);
        }
        System.out.printf("Authorisation matrix: %d operations x %d callers = %d checks%n", actual.size(), Callers.NAMES.size(),
                actual.size() * Callers.NAMES.size());

        List<String> problems = new ArrayList<>();
        // every answer a caller got is one the operation's OpenAPI document lists: the contract says what can come back
        undocumented.forEach(u -> problems.add(u + ", an answer its OpenAPI document does not list"));
        // every caller, with a token or without, is counted and told its remaining quota (platform ratelimit)
        unlimited.forEach(u -> problems.add(u + " answered without the RateLimit field"));
        for (var e : actual.entrySet()) {
            List<String> want = expected.get(e.getKey());
            if (want == null) {
                problems.add(e.getKey() + ": no row in authz-matrix.csv (every operation needs one, written from the design)");
                continue;
            }
            for (int i = 0; i < Callers.NAMES.size(); i++) {
                String got = e.getValue().get(i);
                if (!got.equals(want.get(i))) {
                    problems.add(e.getKey() + " as " + Callers.NAMES.get(i) + ": expected " + want.get(i) + ", got " + got
                            + (want.get(i).startsWith("4") && !got.startsWith("4") ? " (LET THROUGH)" : ""));
                }
            }
        }
        expected.keySet().stream().filter(k -> !actual.containsKey(k)).forEach(k -> problems.add(k + ": in the table but not documented"));
        assertEquals(List.of(), problems);
    }

    /**
     * Each packaged application's resource methods, reactive routes and router observers, read from its
     * classes, against the operations its OpenAPI document lists: both ways, so an endpoint the document
     * leaves out (and the matrix would never call) fails here.
     */
    @Test
    void everyRouteEachApplicationRegistersIsADocumentedOperation() throws Exception {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (ApiOperations.Operation op : ApiOperations.of(suite)) {
            documented.computeIfAbsent(op.service(), s -> new TreeSet<>()).add(op.method() + " " + op.path());
        }
        List<String> problems = new ArrayList<>();
        for (ServiceProcess s : List.of(suite.cases, suite.notices, suite.representations)) {
            RegisteredRoutes.Scan scan = RegisteredRoutes.of(suite.root.resolve(s.name() + "/target/e2e-app"));
            Set<String> docs = documented.getOrDefault(s.name(), Set.of());
            scan.operations().stream().filter(o -> !docs.contains(o)).forEach(o -> problems.add(s.name() + " " + o + ": not documented"));
            docs.stream().filter(o -> !scan.operations().contains(o)).forEach(o -> problems.add(s.name() + " " + o + ": documented, no code"));
            scan.unresolved().forEach(u -> problems.add(s.name() + " " + u));
            scan.routerObservers().stream().filter(o -> !FILTERS.contains(o))
                    .forEach(o -> problems.add(s.name() + " " + o + " observes the router: a route it adds is in no document"));
            System.out.printf("%s: %d resource methods in the packaged classes, %d documented%n", s.name(), scan.operations().size(),
                    docs.size());
        }
        assertEquals(List.of(), problems);
    }

    /** The guide prints this table; it must be the checked-in one. */
    @Test
    void theSecurityGuidePrintsTheTable() throws Exception {
        String doc = Files.readString(suite.root.resolve("docs/security.md"));
        int from = doc.indexOf(START);
        int to = doc.indexOf(END);
        String printed = from < 0 || to < 0 ? "(no table between the markers)" : doc.substring(from + START.length() + 1, to);
        assertEquals(markdown(table(suite)), printed, "docs/security.md must print authz-matrix.csv as markdown(...) renders it");
    }

    /** How the matrix records an answer. A 404 is "hidden": every id the matrix sends exists. */
    static String outcome(int status) {
        if (status >= 200 && status < 300) {
            return "2xx";
        }
        return switch (status) {
            case 401, 403 -> String.valueOf(status);
            case 404 -> "404-hidden";
            case 400, 409, 412, 413, 415, 422, 428 -> "4xx-request";
            default -> String.valueOf(status);
        };
    }

    /**
     * An incomplete body, so a caller let through changes nothing (the operation refuses the body);
     * except that another organisation's representative, and one without an organisation, send a
     * complete one to the portal, so the table shows isolation refusing a request that would otherwise succeed.
     */
    private static byte[] body(ApiOperations.Operation op, String caller) {
        boolean outsider = caller.equals("org-other") || caller.equals("org-without-id");
        boolean portal = op.path().startsWith("/portal/notices/") || op.path().startsWith("/portal/issued-notices/");
        if (outsider && op.method().equals("POST") && portal) {
            String until = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(90).toString();
            String body = op.path().endsWith("/representations")
                    ? "--" + ApiCall.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\nWe object.\r\n--"
                            + ApiCall.BOUNDARY + "--\r\n"
                    : op.path().endsWith("/progress")
                            ? "--" + ApiCall.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nMFA is on.\r\n--"
                                    + ApiCall.BOUNDARY + "--\r\n"
                    : op.path().endsWith("/extension-requests") ? "{\"until\":\"" + until + "\",\"reason\":\"More time\"}"
                    : op.path().endsWith("/variation-applications")
                            ? "{\"kind\":\"CANCEL\",\"grounds\":\"The remote-access service has been shut down\"}"
                    : op.path().endsWith("/restriction-claims")
                            ? "{\"ground\":\"LEGAL_ADVICE_PRIVILEGE\",\"statement\":\"Our solicitors' advice\"}"
                    : "{\"reason\":\"We ask to be heard\"}";
            return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return ApiCall.emptyBody(op.bodyType());
    }

    /** The checked-in table: for each "service METHOD /path", the outcome for each caller in {@link Callers#NAMES}. */
    static Map<String, List<String>> table(Suite suite) throws Exception {
        Path csv = suite.root.resolve("system-tests/src/test/resources/authz-matrix.csv");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f[0].equals("service")) {
                assertEquals(Callers.NAMES, List.of(f).subList(3, f.length), "the table's columns are the callers, in order");
                continue;
            }
            assertEquals(3 + Callers.NAMES.size(), f.length, "a row of authz-matrix.csv has a cell per caller: " + line);
            rows.put(f[0] + " " + f[1] + " " + f[2], List.of(f).subList(3, f.length));
        }
        return rows;
    }

    static String markdown(Map<String, List<String>> table) {
        StringBuilder t = new StringBuilder();
        t.append(String.format("%d operations, %d callers, %d checks on every build. 2xx: done; 4xx-request: let through, then "
                + "refused for the request itself (the matrix sends incomplete writes); 401: not authenticated; 403: refused; "
                + "404-hidden: another organisation's, answered as if it did not exist.%n%n", table.size(), Callers.NAMES.size(),
                table.size() * Callers.NAMES.size()));
        t.append("| operation | ").append(String.join(" | ", Callers.NAMES)).append(" |\n");
        t.append("|---|").append("---|".repeat(Callers.NAMES.size())).append('\n');
        table.forEach((k, v) -> t.append("| `").append(k).append("` | ").append(String.join(" | ", v)).append(" |\n"));
        return t.toString();
    }
}
