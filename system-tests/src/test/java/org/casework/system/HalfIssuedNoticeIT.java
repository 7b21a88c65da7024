package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.casework.local.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * notice-service killed ({@code kill -9}) in the middle of issuing the reference case's notice of
 * intent, at a point made exact by holding its calls on the network ({@link Relay}): case-service has
 * moved the case and answered, notice-service has not heard the answer, the notice is not fixed. While
 * notice-service has the notice as a draft with its issue pending, the organisation's portal must not
 * show the window nor accept a representation. Restarted a day later, notice-service must complete
 * the issue within seconds, with the notice given, and the representations period running, from the
 * day it was actually issued (DPA 2018 Sch 16 para 2: not less than 21 days beginning when the notice
 * is given).
 */
class HalfIssuedNoticeIT {

    private static final Duration CONVERGENCE = Duration.ofSeconds(20);
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.get();
        suite.restartNotices(true);
    }

    /** notice-service as the other tests know it: calling the others directly, its clock unmoved. */
    @AfterAll
    static void restore() throws Exception {
        suite.noticesToCases.reset();
        suite.noticesToRepresentations.reset();
        suite.restartNotices(false);
        Clocks.reset(suite);
    }

    @Test
    void theOrganisationNeverSeesAHalfIssuedNoticeAndTheIssueCompletesFromTheDayItIsGiven() throws Exception {
        String ada = suite.staff("ada");
        String grace = suite.staff("grace");
        String betty = suite.organisation("betty");
        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 7, 10, 0));
        String caseId = SecurityFixture.openCase(suite);
        given().baseUri(suite.cases.url()).auth().oauth2(grace).contentType(ContentType.JSON).header("Idempotency-Key", "start-" + caseId)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Breach report assessed\"}").post("/cases/" + caseId + "/transitions")
                .then().statusCode(200);
        String notice = given().baseUri(suite.notices.url()).auth().oauth2(ada).contentType(ContentType.JSON)
                .body(java.nio.file.Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-notice-of-intent.json"))
                        .replace("${caseId}", caseId))
                .post("/notices").then().statusCode(201).extract().path("id");

        // the decision-maker issues it on 7 August; case-service moves the case, its answer is held
        suite.noticesToCases.hold(call -> call.startsWith("POST /cases/") && call.endsWith("/transitions"));
        suite.noticesToRepresentations.hold(call -> call.startsWith("PUT /internal/windows/"));
        CompletableFuture<ApiCall.Answer> issue = CompletableFuture.supplyAsync(() -> {
            try {
                return ApiCall.send(suite.notices.url(), "POST", "/notices/" + notice + "/issue", "Bearer " + grace, null, null,
                        Map.of("Idempotency-Key", "issue-" + notice));
            } catch (Exception e) {
                return null; // notice-service was killed while the request waited
            }
        });
        Relay.Held moved = suite.noticesToCases.nextHeld(Duration.ofSeconds(30));
        assertEquals(200, moved.status(), "case-service moved the case");
        assertEquals("DRAFT", noticeStatus(notice, ada));
        assertPortalShowsNothing(betty, notice, "case-service has moved the case, notice-service waits for its answer");

        suite.killNotices();
        suite.noticesToCases.reset();
        suite.noticesToRepresentations.reset();
        issue.join();
        assertEquals("DRAFT", storedStatus(notice), "notice-service has the notice as a draft, its issue pending");
        assertPortalShowsNothing(betty, notice, "notice-service killed");

        // a day later notice-service comes back; its calls out are refused until its clock is on that day too
        LocalDateTime nextDay = LocalDateTime.of(2024, 8, 8, 10, 0);
        setClock(List.of(suite.cases, suite.representations), nextDay);
        suite.noticesToCases.refuse(true);
        suite.noticesToRepresentations.refuse(true);
        suite.restartNotices(true);
        setClock(List.of(suite.notices), nextDay);
        suite.noticesToCases.hold(call -> call.startsWith("POST /cases/") && call.endsWith("/transitions"));
        suite.noticesToRepresentations.hold(call -> call.startsWith("PUT /internal/windows/"));
        suite.noticesToCases.refuse(false);
        suite.noticesToRepresentations.refuse(false);
        long back = System.nanoTime();

        // each call it makes to finish the issue is held while the portal is looked at, then let go
        List<String> seen = new ArrayList<>();
        while (!"ISSUED".equals(noticeStatus(notice, ada)) || !windowListed(betty, notice)) {
            assertTrue(System.nanoTime() - back < CONVERGENCE.toNanos(), "the issue did not complete within " + CONVERGENCE.toSeconds()
                    + " s of notice-service coming back; calls seen: " + seen);
            for (Relay relay : List.of(suite.noticesToCases, suite.noticesToRepresentations)) {
                Relay.Held held = relay.poll();
                if (held != null) {
                    String status = noticeStatus(notice, ada);
                    seen.add(held.method() + " " + held.path() + " → " + held.status() + " while the notice was " + status);
                    if (!"ISSUED".equals(status)) {
                        assertPortalShowsNothing(betty, notice, "after the restart, at " + seen);
                    }
                    held.release();
                }
            }
            Thread.sleep(50);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - back).toSeconds();
        System.out.println("The half-issued notice converged " + seconds + " s after notice-service came back; calls: " + seen);

        Response issued = given().baseUri(suite.notices.url()).auth().oauth2(ada).get("/notices/" + notice);
        assertEquals("2024-08-08", issued.path("issuedOn"), "the notice is given on the day it is issued");
        assertEquals("2024-08-28", issued.path("representationsDueOn"), "21 days beginning with the day it is given");
        Response window = given().baseUri(suite.representations.url()).auth().oauth2(betty).get("/portal/notices/" + notice);
        assertEquals(200, window.statusCode());
        assertEquals("2024-08-28", window.path("dueOn"));
        assertEquals("NOTICE_OF_INTENT_ISSUED", given().baseUri(suite.cases.url()).auth().oauth2(ada).get("/cases/" + caseId)
                .path("status"));
    }

    /** The portal neither lists nor shows the notice, and refuses a representation for it (nothing stored). */
    private static void assertPortalShowsNothing(String betty, String notice, String when) throws Exception {
        assertFalse(windowListed(betty, notice), "the portal lists the window of a notice that is not issued (" + when + ")");
        assertEquals(404, given().baseUri(suite.representations.url()).auth().oauth2(betty).get("/portal/notices/" + notice)
                .statusCode(), "the portal shows the window of a notice that is not issued (" + when + ")");
        int stored = count("representations", "representation where notice_id = '" + notice + "'");
        Response submitted = given().baseUri(suite.representations.url()).auth().oauth2(betty).multiPart("statement", "Our representation")
                .multiPart("files", "r.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/notices/" + notice + "/representations");
        assertEquals(404, submitted.statusCode(), "the portal accepted a representation for a notice that is not issued (" + when + ")");
        assertEquals(stored, count("representations", "representation where notice_id = '" + notice + "'"));
    }

    private static boolean windowListed(String betty, String notice) {
        List<String> ids = given().baseUri(suite.representations.url()).auth().oauth2(betty).queryParam("limit", 200)
                .get("/portal/notices").then().statusCode(200).extract().path("items.noticeId");
        return ids.contains(notice);
    }

    private static String noticeStatus(String notice, String token) {
        return given().baseUri(suite.notices.url()).auth().oauth2(token).get("/notices/" + notice).then().statusCode(200)
                .extract().path("status");
    }

    private static String storedStatus(String notice) throws Exception {
        try (var c = suite.database("notices"); var s = c.prepareStatement("select status, pending_issue_key from notice where id = ?")) {
            s.setObject(1, UUID.fromString(notice));
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(2) != null, "the issue is pending");
                return rs.getString(1);
            }
        }
    }

    private static int count(String database, String table) throws Exception {
        try (var c = suite.database(database); var s = c.createStatement(); var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void setClock(List<ServiceProcess> services, LocalDateTime london) {
        String instant = london.atZone(ZoneId.of("Europe/London")).toInstant().toString();
        for (ServiceProcess s : services) {
            given().baseUri(s.url()).contentType("application/json").body("{\"instant\":\"" + instant + "\"}").put("/test-support/clock")
                    .then().statusCode(200);
        }
    }
}
