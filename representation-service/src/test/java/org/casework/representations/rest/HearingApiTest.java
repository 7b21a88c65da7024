package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.representations.Portal;
import org.casework.testing.AuditEvents;
import org.casework.testing.AuditEvents.Actor;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Oral hearings (DPA 2018 Sch 16 para 3(5), para 4): a decision-maker grants or refuses each request once, a granted
 * hearing is recorded as held with its documents, the organisation sees the decision, and notice-service sees what
 * still blocks a penalty notice.
 */
@QuarkusTest
class HearingApiTest {

    static final String[] TABLES = { "representation_window", "representation", "evidence_file", "extension_request",
            "hearing_request", "hearing_document", "audit_event", "pg_largeobject_metadata" };
    private static int organisations;

    @Inject
    TestClock clock;

    private String org;
    private UUID notice;

    @BeforeEach
    void aNoticeOfIntentOnTheSeventhOfAugust() {
        org = "org-hearing-" + (++organisations) + "-" + UUID.randomUUID().toString().substring(0, 8);
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        notice = Portal.window(org, LocalDate.of(2024, 8, 28));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String requestHearing(String org, UUID notice) {
        return Portal.as(org).contentType(ContentType.JSON).body("{\"reason\":\"We would like to explain in person\"}")
                .post("/portal/notices/" + notice + "/hearing-requests").then().statusCode(201).extract().path("id");
    }

    static Response decide(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/hearing-requests/" + id + "/decision");
    }

    static final String GRANT = """
            {"granted":true,"heldAt":"2024-08-20T10:00","place":"Wycliffe House, Wilmslow",
             "attendees":["Grace Hopper (decision-maker)","Ada Lovelace (caseworker)"],"reason":"Complex remediation"}""";

    /** On the real clock: a request granted for a hearing far ahead, ready to be recorded today. */
    static String granted(String org, UUID notice) {
        String id = requestHearing(org, notice);
        decide(Tokens.decisionMaker(), id, GRANT.replace("2024-08-20T10:00", "2099-06-01T10:00")).then().statusCode(200);
        return id;
    }

    /** On the real clock: a hearing granted and recorded as held today with one PDF; its id and its document's. */
    static String[] held(String org, UUID notice) {
        String id = granted(org, notice);
        String document = record(Tokens.caseworker(), id, LocalDate.now(java.time.ZoneId.of("Europe/London")).toString(),
                "minutes.pdf", Portal.pdf()).then().statusCode(200).extract().path("record.documents[0].id");
        return new String[] { id, document };
    }

    static String today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    }

    static Response record(String token, String id, String heldOn, Object... files) {
        var request = given().auth().oauth2(token).multiPart("heldOn", heldOn)
                .multiPart("attendees", "Grace Hopper\nAda Lovelace\nJ. Smith (for the organisation)")
                .multiPart("note", "The organisation explained its remediation; internal view: credible");
        for (int i = 0; i < files.length; i += 2) {
            request.multiPart("files", (String) files[i], (byte[]) files[i + 1], "application/octet-stream");
        }
        return request.post("/hearing-requests/" + id + "/record");
    }

    private Map<String, Object> window() {
        return given().auth().oauth2(Tokens.service()).header("Casework-On-Behalf-Of", "decision-maker-grace")
                .get("/internal/windows/" + notice).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** A refusal: problem+json with the status and type, and no row added, changed or removed. */
    private static Response refused(java.util.function.Supplier<Response> call, int status, String type, String id) {
        RowCounts before = RowCounts.of(TABLES);
        String state = id == null ? null : Sql.queryString("select status || ':' || version from hearing_request where id = ?",
                UUID.fromString(id));
        Response r = Problems.assertProblem(call.get(), status);
        assertThat(r.asString(), r.path("type"), equalTo("urn:casework:problem:" + type));
        assertThat(before.again(), equalTo(before));
        if (id != null) {
            assertThat(Sql.queryString("select status || ':' || version from hearing_request where id = ?",
                    UUID.fromString(id)), equalTo(state));
        }
        return r;
    }

    @Test
    void aDecisionMakerGrantsACaseworkerRecordsItHeldAndTheAuditorReadsAndDownloads() throws Exception {
        String id = requestHearing(org, notice);
        clock.setLondon(LocalDateTime.of(2024, 8, 9, 11, 0));
        long seq = AuditEvents.lastSeq();
        Response granted = decide(Tokens.decisionMaker(), id, GRANT);
        granted.then().statusCode(200).body("status", equalTo("GRANTED"))
                .body("decision.granted", equalTo(true)).body("decision.heldAt", equalTo("2024-08-20T10:00:00"))
                .body("decision.place", equalTo("Wycliffe House, Wilmslow"))
                .body("decision.attendees[1]", equalTo("Ada Lovelace (caseworker)"))
                .body("decision.decidedBy", equalTo("decision-maker-1")).body("record", nullValue());
        AuditEvents.assertOnlyEntryAfter(seq, "hearing.decided", "hearing-request", id, Actor.DECISION_MAKER);
        assertThat(AuditEvents.after(seq).get(0).get("details"), equalTo(Map.of("noticeId", notice.toString(),
                "granted", "true", "heldAt", "2024-08-20T10:00", "by", "in person")));

        clock.setLondon(LocalDateTime.of(2024, 8, 20, 15, 0));
        byte[] pdf = Portal.pdf();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        seq = AuditEvents.lastSeq();
        Response held = record(Tokens.caseworker(), id, "2024-08-20", "hearing-note.pdf", pdf);
        held.then().statusCode(200).body("status", equalTo("HELD")).body("record.heldOn", equalTo("2024-08-20"))
                .body("record.attendees[2]", equalTo("J. Smith (for the organisation)"))
                .body("record.documents[0].fileName", equalTo("hearing-note.pdf"))
                .body("record.documents[0].contentType", equalTo("application/pdf"))
                .body("record.documents[0].sha256", equalTo(sha256)).body("record.recordedBy", equalTo("caseworker-1"));
        AuditEvents.assertOnlyEntryAfter(seq, "hearing.recorded", "hearing-request", id, Actor.CASEWORKER);
        assertThat(((Map<?, ?>) AuditEvents.after(seq).get(0).get("details")).get("sha256"), equalTo(sha256));

        String documentId = held.path("record.documents[0].id");
        Response download = given().auth().oauth2(Tokens.auditor()).get("/hearing-requests/" + id + "/documents/" + documentId);
        download.then().statusCode(200).header("Digest", equalTo("sha-256="
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256))));
        assertThat(download.asByteArray(), equalTo(pdf));
        given().auth().oauth2(Tokens.auditor()).queryParam("noticeId", notice.toString()).get("/hearing-requests")
                .then().statusCode(200).body("[0].status", equalTo("HELD")).body("[0].record.note",
                        equalTo("The organisation explained its remediation; internal view: credible"));
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor())
                .get("/hearing-requests/" + id + "/documents/" + UUID.randomUUID()), 404);
    }

    @Test
    void aCaseworkerCannotDecideAndNothingChanges() {
        String id = requestHearing(org, notice);
        RowCounts before = RowCounts.of(TABLES);
        Problems.assertProblem(decide(Tokens.caseworker(), id, GRANT), 403);
        Problems.assertProblem(decide(Tokens.auditor(), id, GRANT), 403);
        assertThat(before.again(), equalTo(before));
        assertThat(Sql.queryString("select status from hearing_request where id = ?", UUID.fromString(id)),
                equalTo("REQUESTED"));
    }

    @Test
    void aBadDecisionIsRefusedWithAProblemAndChangesNothing() {
        String id = requestHearing(org, notice);
        String dm = Tokens.decisionMaker();
        refused(() -> decide(dm, id, "{\"granted\":false}"), 400, "invalid-request", id);
        refused(() -> decide(dm, id, "{\"granted\":true,\"heldAt\":\"2024-08-20T10:00\",\"reason\":\"ok\"}"), 400,
                "invalid-request", id);
        refused(() -> decide(dm, id, "{\"granted\":true,\"place\":\"Wilmslow\",\"reason\":\"ok\"}"), 400,
                "invalid-request", id);
        refused(() -> decide(dm, id, "{\"granted\":true,\"heldAt\":\"2024-08-20T10:00\",\"videoLink\":\"javascript:alert(1)\","
                + "\"reason\":\"ok\"}"), 400, "invalid-request", id);
        Response past = refused(() -> decide(dm, id, GRANT.replace("2024-08-20T10:00", "2024-08-07T09:59")), 422,
                "hearing-time-past", id);
        assertThat(past.path("heldAt"), equalTo("2024-08-07T09:59"));
        refused(() -> decide(dm, id, "{\"granted\":false,\"heldAt\":\"2024-08-20T10:00\",\"reason\":\"no\"}"), 400,
                "invalid-request", id);
        refused(() -> decide(dm, UUID.randomUUID().toString(), GRANT), 404, "not-found", id);

        decide(dm, id, "{\"granted\":false,\"reason\":\"Written representations suffice here\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("decision.heldAt", nullValue());
        refused(() -> decide(dm, id, GRANT), 409, "hearing-already-decided", id);
        refused(() -> record(Tokens.caseworker(), id, "2024-08-07"), 409, "hearing-not-granted", id);
    }

    @Test
    void aHearingIsRecordedOnlyOnceGrantedOnceOnADayThatHasComeWithAcceptedFiles() {
        String id = requestHearing(org, notice);
        String cw = Tokens.caseworker();
        refused(() -> record(cw, id, "2024-08-07"), 409, "hearing-not-granted", id);
        clock.setLondon(LocalDateTime.of(2024, 8, 9, 11, 0));
        decide(Tokens.decisionMaker(), id, GRANT).then().statusCode(200);
        clock.setLondon(LocalDateTime.of(2024, 8, 20, 15, 0));
        refused(() -> record(cw, id, "2024-08-21"), 422, "held-on-in-future", id);
        refused(() -> record(cw, id, "2024-08-08"), 422, "held-on-before-decision", id);
        refused(() -> record(cw, id, "20/08/2024"), 400, "invalid-request", id);
        refused(() -> given().auth().oauth2(cw).multiPart("heldOn", "2024-08-20").multiPart("attendees", "A")
                .post("/hearing-requests/" + id + "/record"), 400, "invalid-request", id);
        refused(() -> record(cw, id, "2024-08-20", "minutes.pdf", Portal.executable()), 415, "unsupported-evidence-type", id);
        refused(() -> record(cw, id, "2024-08-20", "../../etc/passwd.pdf", Portal.pdf()), 400, "invalid-request", id);
        refused(() -> record(Tokens.auditor(), id, "2024-08-20"), 403, "forbidden", id);

        record(Tokens.decisionMaker(), id, "2024-08-20").then().statusCode(200).body("record.documents.size()", equalTo(0));
        refused(() -> record(cw, id, "2024-08-20"), 409, "hearing-already-recorded", id);
    }

    @Test
    void theWindowCountsWhatStillBlocksAPenaltyNotice() {
        assertThat(window().get("undecidedHearingRequests"), equalTo(0));
        String id = requestHearing(org, notice);
        Portal.as(org).contentType(ContentType.JSON).body("{\"until\":\"2024-09-30\",\"reason\":\"More time\"}")
                .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201);
        Map<String, Object> w = window();
        assertThat(w.get("undecidedExtensionRequests"), equalTo(1));
        assertThat(w.get("undecidedHearingRequests"), equalTo(1));
        assertThat(w.get("hearingsNotHeld"), equalTo(0));
        decide(Tokens.decisionMaker(), id, GRANT).then().statusCode(200);
        assertThat(window().get("undecidedHearingRequests"), equalTo(0));
        assertThat(window().get("hearingsNotHeld"), equalTo(1));
        clock.setLondon(LocalDateTime.of(2024, 8, 20, 15, 0));
        record(Tokens.caseworker(), id, "2024-08-20").then().statusCode(200);
        assertThat(window().get("hearingsNotHeld"), equalTo(0));
    }

    @Test
    void theUndecidedListIsOldestFirstPagedAndDropsADecidedRequest() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.setLondon(LocalDateTime.of(2024, 8, 7, 11, i));
            mine.add(requestHearing(org, notice));
        }
        decide(Tokens.decisionMaker(), mine.get(1), "{\"granted\":false,\"reason\":\"No\"}").then().statusCode(200);
        List<String> seen = new ArrayList<>();
        List<String> requestedAt = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(Tokens.auditor()).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/hearing-requests/to-decide").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            requestedAt.addAll(page.getList("items.requestedAt"));
            page.getList("items.status").forEach(s -> assertThat(s, equalTo("REQUESTED")));
            after = page.getString("next");
        } while (after != null);
        assertThat(seen.contains(mine.get(1)), equalTo(false));
        assertThat(seen.indexOf(mine.get(0)) < seen.indexOf(mine.get(2)), equalTo(true));
        List<String> sorted = new ArrayList<>(requestedAt);
        sorted.sort(java.util.Comparator.comparing(java.time.Instant::parse));
        assertThat(requestedAt, equalTo(sorted));
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).queryParam("after", "not-a-cursor")
                .get("/hearing-requests/to-decide"), 400);
    }

    @Test
    void theOrganisationSeesItsDecisionWithoutTheInternalNoteAndAnotherOrganisationSeesNothing() {
        String id = requestHearing(org, notice);
        decide(Tokens.decisionMaker(), id, GRANT.replace("\"place\":\"Wycliffe House, Wilmslow\"",
                "\"videoLink\":\"https://video.example/h/123\"")).then().statusCode(200);
        clock.setLondon(LocalDateTime.of(2024, 8, 20, 15, 0));
        record(Tokens.caseworker(), id, "2024-08-20").then().statusCode(200);

        Response mine = Portal.as(org).get("/portal/notices/" + notice + "/hearing-requests");
        mine.then().statusCode(200).body("[0].status", equalTo("HELD")).body("[0].heldOn", equalTo("2024-08-20"))
                .body("[0].decision.videoLink", equalTo("https://video.example/h/123"))
                .body("[0].decision.heldAt", equalTo("2024-08-20T10:00:00"))
                .body("[0].decision.reason", equalTo("Complex remediation"))
                .body("[0].decision.attendees.size()", equalTo(2))
                .body("[0]", not(hasKey("record"))).body("[0].decision", not(hasKey("decidedBy")));
        assertThat(mine.asString().contains("internal view"), equalTo(false));
        Response notice = Portal.as(org).get("/portal/notices/" + this.notice);
        notice.then().statusCode(200).body("hearingRequests[0].decision.videoLink", equalTo("https://video.example/h/123"));
        assertThat(notice.asString().contains("internal view"), equalTo(false));

        String other = org + "-other";
        Response missing = Problems.assertProblem(Portal.as(other).get("/portal/notices/" + UUID.randomUUID()
                + "/hearing-requests"), 404);
        Response theirs = Problems.assertProblem(Portal.as(other).get("/portal/notices/" + this.notice
                + "/hearing-requests"), 404);
        assertThat(theirs.path("type"), equalTo(missing.path("type")));
        assertThat(theirs.path("title"), equalTo(missing.path("title")));
        Problems.assertProblem(Portal.as(other).get("/portal/notices/" + this.notice), 404);
    }
}
