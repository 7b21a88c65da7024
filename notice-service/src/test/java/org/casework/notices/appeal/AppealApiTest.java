package org.casework.notices.appeal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.notices.Penalties;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Appeals to the First-tier Tribunal (DPA 2018 s.162-163) recorded against issued penalty notices. */
@QuarkusTest
class AppealApiTest {

    static final String[] TABLES = { "notice", "appeal", "appeal_document", "notice_variation", "notice_variation_document",
            "audit_event" };

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response lodge(String token, UUID noticeId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/notices/" + noticeId + "/appeals");
    }

    static String appeal(String lodgedOn) {
        return "{\"lodgedOn\":\"" + lodgedOn + "\",\"tribunalReference\":\"EA/2024/0123\",\"grounds\":\"The amount is "
                + "disproportionate to the harm.\"}";
    }

    static Response outcome(UUID appealId, String body) {
        return given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON).body(body)
                .post("/appeals/" + appealId + "/outcome");
    }

    static Response refused(int status, String type, Supplier<Response> request) {
        RowCounts before = RowCounts.of(TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (type != null) {
            assertThat(response.path("type").toString(), endsWith(type));
        }
        assertThat(before.again(), is(before));
        return response;
    }

    /** s.162(1)(d), and the settlement given for waiving the appeal is lost: £3,076,320 becomes £3,845,400 due. */
    @Test
    void anAppealAgainstASettledPenaltyLosesTheDiscountAndPutsTheCaseUnderAppealUntilDismissed() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId, true);
        NoticeApi.read(penalty).then().body("amount.amount", is("3076320.00"));
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 9, 20, 10, 0));

        Response created = lodge(Tokens.caseworker("caseworker-ada"), penalty, appeal("2024-09-19"));
        created.then().statusCode(201)
                .body("status", is("PENDING"))
                .body("appealDueOn", is("2024-09-30"))
                .body("workingDayDueOn", is("2024-09-30"))
                .body("settlementLost", is(true))
                .body("noticeReference", not(nullValue()))
                .body("caseReference", is("INV-2024-000001"))
                .body("organisationName", is("Advanced Computer Software Group"));
        UUID appealId = UUID.fromString(created.path("id"));
        assertThat(created.header("Location"), endsWith("/appeals/" + appealId));
        NoticeApi.read(penalty).then().body("amount.amount", is("3845400.00"))
                .body("originalAmount.amount", is("3076320.00")).body("appealPending", is(true));
        given().get("/register").then().body("items.find { it.id == '" + penalty + "' }.underAppeal", is(true));
        DownstreamStubs.server().verify(postRequestedFor(urlEqualTo("/cases/" + caseId + "/transitions"))
                .withHeader("Idempotency-Key", equalTo("appeal-" + penalty + "-1"))
                .withRequestBody(containing("\"APPEALED\"")).withRequestBody(containing(penalty.toString())));
        AuditEntries.Entry recorded = AuditEntries.exactlyOne(appealId, "appeal.recorded");
        assertThat(recorded.subject(), is("caseworker-ada"));
        given().auth().oauth2(Tokens.auditor()).queryParam("status", "PENDING").queryParam("limit", 200).get("/appeals")
                .then().statusCode(200).body("items.id", hasItem(appealId.toString()));

        refused(409, "appeal-pending", () -> lodge(Tokens.caseworker(), penalty, appeal("2024-09-20")));

        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        outcome(appealId, "{\"outcome\":\"DISMISSED\",\"decidedOn\":\"2024-09-20\",\"note\":\"Dismissed at the hearing\"}")
                .then().statusCode(200).body("status", is("DISMISSED")).body("outcome.decidedOn", is("2024-09-20"));
        AuditEntries.exactlyOne(appealId, "appeal.decided");
        NoticeApi.read(penalty).then().body("appealPending", is(false)).body("status", is("ISSUED"))
                .body("amount.amount", is("3845400.00"));
        refused(409, "appeal-decided", () -> outcome(appealId,
                "{\"outcome\":\"ALLOWED\",\"decidedOn\":\"2024-09-20\",\"note\":\"again\"}"));
    }

    /** GRC Rules 2009 r.22(1)(b), r.22(6): after the last day in time, only admitted late and with the reason. */
    @Test
    void aLateAppealIsRecordedOnlyWhenAdmittedWithItsReason() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 10, 3, 10, 0));
        Response late = refused(422, "appeal-out-of-time", () -> lodge(Tokens.caseworker(), penalty, appeal("2024-10-01")));
        assertThat(late.path("rule"), is("GRC Rules 2009 r.22(1)(b), r.12(2), r.22(6)"));
        refused(422, "appeal-date-invalid", () -> lodge(Tokens.caseworker(), penalty, appeal("2024-10-04")));
        refused(422, "appeal-date-invalid", () -> lodge(Tokens.caseworker(), penalty, appeal("2024-09-01")));
        refused(400, null, () -> lodge(Tokens.caseworker(), penalty, "{\"tribunalReference\":\"EA/1\",\"grounds\":\"x\"}"));
        refused(400, null, () -> lodge(Tokens.caseworker(), penalty, "{\"lodgedOn\":\"2024-10-01\",\"grounds\":\"x\"}"));
        refused(404, null, () -> lodge(Tokens.caseworker(), UUID.randomUUID(), appeal("2024-10-01")));
        lodge(Tokens.decisionMaker(), penalty, appeal("2024-10-01").replace("}",
                ",\"lateAppealAdmitted\":true,\"lateAppealReason\":\"The tribunal extended time: the notice went astray\"}"))
                .then().statusCode(201).body("lateAppealAdmitted", is(true)).body("settlementLost", is(false));
    }

    @Test
    void onlyCaseworkersAndDecisionMakersRecordAndStaffAndAuditorsRead() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        refused(403, null, () -> lodge(Tokens.auditor(), penalty, appeal("2024-09-10")));
        refused(403, null, () -> lodge(Tokens.orgRepresentative("org-nhs-supplier"), penalty, appeal("2024-09-10")));
        refused(401, null, () -> given().contentType(ContentType.JSON).body(appeal("2024-09-10"))
                .post("/notices/" + penalty + "/appeals"));
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + penalty + "/appeals").then().statusCode(200)
                .body("$", hasSize(0));
        Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier"))
                .get("/notices/" + penalty + "/appeals"), 403);
        refused(400, null, () -> given().auth().oauth2(Tokens.auditor()).queryParam("status", "LOST").get("/appeals"));
    }

    /** The organisation sees its own appeals; another organisation's notice answers 404 like a missing one. */
    @Test
    void thePortalShowsTheOrganisationItsOwnAppealsOnly() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")).then().statusCode(201);
        given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier")).get("/portal/issued-notices/" + penalty + "/appeals")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].status", is("PENDING"))
                .body("[0].tribunalReference", is("EA/2024/0123")).body("[0].recordedBy", nullValue());
        Response other = given().auth().oauth2(Tokens.orgRepresentative("org-other"))
                .get("/portal/issued-notices/" + penalty + "/appeals");
        Problems.assertProblem(other, 404);
        Response missing = given().auth().oauth2(Tokens.orgRepresentative("org-other"))
                .get("/portal/issued-notices/" + UUID.randomUUID() + "/appeals");
        Problems.assertProblem(missing, 404);
        assertThat(other.<String>path("title"), is(missing.<String>path("title")));
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).get("/portal/issued-notices/" + penalty + "/appeals"), 403);
    }

    /** s.163(3): an appeal allowed cancels the notice, and no further penalty for the failure (Sch 16 para 8(2)(a)). */
    @Test
    void anAllowedAppealCancelsTheNoticeAndBarsAnotherPenaltyNotice() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        UUID appealId = UUID.fromString(lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")).then().statusCode(201)
                .extract().path("id"));
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        refused(422, "outcome-fields-not-applicable", () -> outcome(appealId,
                "{\"outcome\":\"ALLOWED\",\"decidedOn\":\"2024-09-10\",\"note\":\"x\",\"paymentDays\":60}"));
        refused(422, "decision-date-invalid", () -> outcome(appealId,
                "{\"outcome\":\"ALLOWED\",\"decidedOn\":\"2024-09-11\",\"note\":\"x\"}"));
        refused(400, null, () -> outcome(appealId, "{\"outcome\":\"LOST\",\"decidedOn\":\"2024-09-10\",\"note\":\"x\"}"));
        refused(403, null, () -> given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ALLOWED\",\"decidedOn\":\"2024-09-10\",\"note\":\"x\"}").post("/appeals/" + appealId + "/outcome"));
        outcome(appealId, "{\"outcome\":\"ALLOWED\",\"decidedOn\":\"2024-09-10\",\"note\":\"Not in accordance with the law\"}")
                .then().statusCode(200).body("status", is("ALLOWED"));
        NoticeApi.read(penalty).then().body("status", is("CANCELLED")).body("cancellation.source", is("TRIBUNAL"))
                .body("cancellation.cancelledOn", is("2024-09-10")).body("appealPending", is(false));
        AuditEntries.exactlyOne(penalty, "notice.cancelled");
        given().get("/register").then().body("items.id", not(hasItem(penalty.toString())));
        refused(409, "penalty-cancelled", () -> NoticeApi.draft(NoticeRequests.penaltyNotice(caseId)));
    }

    /** s.163(3): the tribunal's substituted amount becomes current; the original is kept as a TRIBUNAL variation. */
    @Test
    void aVariedAppealMakesTheTribunalsAmountCurrentAndKeepsTheOriginal() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        UUID appealId = UUID.fromString(lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")).then().statusCode(201)
                .extract().path("id"));
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        refused(422, "variation-changes-nothing", () -> outcome(appealId,
                "{\"outcome\":\"VARIED\",\"decidedOn\":\"2024-09-10\",\"note\":\"x\"}"));
        outcome(appealId, "{\"outcome\":\"VARIED\",\"decidedOn\":\"2024-09-10\",\"note\":\"Reduced for the containment\","
                + "\"amount\":{\"amount\":\"3000000.00\",\"currency\":\"GBP\"},\"paymentDays\":56}")
                .then().statusCode(200).body("status", is("VARIED")).body("outcome.amount.amount", is("3000000.00"));
        NoticeApi.read(penalty).then().body("amount.amount", is("3000000.00"))
                .body("originalAmount.amount", is("3845400.00"))
                .body("paymentDueOn", is(Penalties.GIVEN_ON.plusDays(55).toString()))
                .body("variations", hasSize(1)).body("variations[0].source", is("TRIBUNAL"))
                .body("variations[0].paymentDueOnBefore", is("2024-09-29"));
        AuditEntries.exactlyOne(penalty, "notice.varied");
    }

    @Test
    void anOnwardAppealMakesTheAppealPendingAgainUntilItsOutcome() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        UUID appealId = UUID.fromString(lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")).then().statusCode(201)
                .extract().path("id"));
        String onward = "{\"lodgedOn\":\"2024-09-10\",\"court\":\"UPPER_TRIBUNAL\",\"reference\":\"UA-2024-1\",\"note\":\"Error of law\"}";
        refused(409, "appeal-not-decided", () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(onward).post("/appeals/" + appealId + "/onward-appeal"));
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        outcome(appealId, "{\"outcome\":\"DISMISSED\",\"decidedOn\":\"2024-09-10\",\"note\":\"Dismissed\"}").then().statusCode(200);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(onward)
                .post("/appeals/" + appealId + "/onward-appeal").then().statusCode(200)
                .body("onwardAppeal.court", is("UPPER_TRIBUNAL"));
        NoticeApi.read(penalty).then().body("appealPending", is(true));
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"decidedOn\":\"2024-09-10\",\"note\":\"Permission refused\"}")
                .post("/appeals/" + appealId + "/onward-appeal/outcome").then().statusCode(200)
                .body("onwardAppeal.decidedOn", is("2024-09-10"));
        NoticeApi.read(penalty).then().body("appealPending", is(false));
        assertThat(AuditEntries.of(appealId, "appeal.onward"), hasSize(2));
    }

    @Test
    void anAppealDocumentIsKeptWithItsSha256AndOnlyAPdfOrImageIsAccepted() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        DownstreamStubs.transitionsSucceed(caseId, "APPEALED");
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        UUID appealId = UUID.fromString(lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")).then().statusCode(201)
                .extract().path("id"));
        byte[] pdf = "%PDF-1.4\n% notice of appeal\n".getBytes();
        Response added = given().auth().oauth2(Tokens.caseworker()).multiPart("file", "notice-of-appeal.pdf", pdf, "application/pdf")
                .post("/appeals/" + appealId + "/documents");
        added.then().statusCode(201).body("sha256", is(org.casework.platform.digest.Sha256.hex(pdf)))
                .body("contentType", is("application/pdf"));
        String documentId = added.path("id");
        Response read = given().auth().oauth2(Tokens.auditor()).get("/appeals/" + appealId + "/documents/" + documentId);
        read.then().statusCode(200);
        assertThat(read.asByteArray(), is(pdf));
        AuditEntries.exactlyOne(appealId, "appeal.document-added");
        refused(422, "file-type", () -> given().auth().oauth2(Tokens.caseworker())
                .multiPart("file", "run.pdf", "MZ\u0090\u0000".getBytes(), "application/pdf").post("/appeals/" + appealId + "/documents"));
        refused(403, null, () -> given().auth().oauth2(Tokens.auditor())
                .multiPart("file", "a.pdf", pdf, "application/pdf").post("/appeals/" + appealId + "/documents"));
        given().auth().oauth2(Tokens.auditor()).get("/appeals/" + appealId).then().statusCode(200)
                .body("documents", hasSize(1));
    }

    /** The case moves first: when case-service refuses (a closed case) or does not answer, nothing is recorded. */
    @Test
    void whenTheCaseCannotMoveToAppealedNothingIsRecorded() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        clock.setLondon(LocalDateTime.of(2024, 9, 10, 10, 0));
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(409, "{\"type\":\"urn:casework:problem:illegal-transition\","
                + "\"status\":409,\"detail\":\"A case in state CLOSED cannot move to APPEALED\",\"currentStatus\":\"CLOSED\"}"));
        Response closed = refused(409, "downstream-refused", () -> lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")));
        assertThat(closed.<String>path("detail"), org.hamcrest.Matchers.containsString("CLOSED"));
        DownstreamStubs.transitions(caseId, DownstreamStubs.json(503, "{}"));
        refused(503, "downstream-unavailable", () -> lodge(Tokens.caseworker(), penalty, appeal("2024-09-09")));
        NoticeApi.read(penalty).then().body("appealPending", is(false));
    }

    @Test
    void aNoticeWithoutARightOfAppealOrNotIssuedRefusesAnAppeal() {
        UUID caseId = UUID.randomUUID();
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        refused(409, "appeal-not-applicable", () -> lodge(Tokens.caseworker(), noi, appeal(LocalDate.of(2024, 8, 7).toString())));
    }
}
