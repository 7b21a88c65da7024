package org.casework.system;

import static org.casework.system.ReferenceSteps.at;
import static org.casework.system.ReferenceSteps.money;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * After the penalty notice: the reference case continued through an oral hearing (DPA 2018 Sch 16 para 3(5):
 * asked for, granted, held and recorded before the penalty notice may be given), the appeal to the
 * First-tier Tribunal (s.162: the settlement's discount lost, recovery barred while it is pending; dismissed),
 * payment by an agreed instalment plan and the case closed; and a second case whose penalty is varied down
 * (Sch 16 para 7: never to the person's detriment) and then cancelled (para 8) with the part paid to refund,
 * after which no new penalty notice is given for the same failure. Dates are London calendar dates; a period
 * of 28 days "beginning with" the day given counts that day as day 1, and an act due on a non-working day is in
 * time on the next working day.
 */
class EnforcementLifecycleIT {

    private static final byte[] HEARING_NOTE = "%PDF-1.7\n% note of the oral hearing of 16 September 2024\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GROUNDS = "%PDF-1.7\n% notice of appeal EA/2025/0123\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String INTERNAL_NOTE = "Internal: the CISO conceded the remote-access account was unmonitored";

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
    void theReferenceCaseHeardAppealedPaidByInstalmentsAndClosed() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(LocalDateTime.of(2024, 8, 1, 10, 0));
        String noi = r.giveNoticeOfIntent(caseId, LocalDateTime.of(2024, 8, 7, 10, 0), "2024-08-27");
        r.represent(noi, LocalDateTime.of(2024, 8, 20, 15, 0), "2024-08-27");
        OralHearing oral = new OralHearing(r, noi);
        String hearing = oral.ask();
        Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 28, 9, 0));
        String penalty = r.draftPenalty(caseId);
        oral.grantedHeldAndRecorded(hearing, penalty);

        // the later deadline and the settlement as in the reference case; the penalty notice given on 26 March 2025
        r.agreeLaterDeadline(noi);
        r.settle(penalty);
        r.issuePenalty(penalty, LocalDateTime.of(2025, 3, 26, 10, 0), "3076320.00", "2025-04-22");
        assertEquals("DECIDED", r.caseStatus(caseId));

        String appeal = appealedAndDismissed(r, caseId, penalty);
        List<String> payments = paidInTwoInstalments(r, penalty);

        Clocks.setLondon(suite, LocalDateTime.of(2025, 8, 1, 10, 0));
        at(r.cases, r.grace).contentType(ContentType.JSON).header("Idempotency-Key", "close-" + caseId)
                .body("{\"to\":\"CLOSED\",\"reason\":\"Penalty paid in full by the agreed instalments; appeal dismissed\"}")
                .post("/cases/" + caseId + "/transitions").then().statusCode(200).body("status", equalTo("CLOSED"));

        // the organisation sees its account (not the regulator's notes) and its appeal; another organisation sees neither
        Response account = at(r.notices, r.betty).get("/portal/issued-notices/" + penalty + "/account");
        account.then().statusCode(200)
                .body("amountDue.amount", equalTo("3845400.00"))
                .body("paid.amount", equalTo("3845400.00"))
                .body("balance.amount", equalTo("0.00"))
                .body("instalments", hasSize(2))
                .body("instalments.status", equalTo(List.of("PAID", "PAID")));
        assertThat("the plan's reason is the regulator's own note", account.asString(), not(containsString("cash flow")));
        Response appeals = at(r.notices, r.betty).get("/portal/issued-notices/" + penalty + "/appeals");
        appeals.then().statusCode(200);
        Map<String, Object> shown = byId(items(appeals), appeal);
        assertEquals("DISMISSED", shown.get("status"));
        assertEquals("EA/2025/0123", shown.get("tribunalReference"));
        at(r.notices, suite.organisation("edgar")).get("/portal/issued-notices/" + penalty + "/account").then().statusCode(404);
        at(r.notices, suite.organisation("edgar")).get("/portal/issued-notices/" + penalty + "/appeals").then().statusCode(404);

        r.assertAuditChainsValid();
        r.awaitAudited(r.portal, List.of(hearing), "hearing.requested", "hearing.decided", "hearing.recorded");
        r.awaitAudited(r.notices, List.of(penalty, appeal, payments.get(0), payments.get(1)), "appeal.recorded", "appeal.decided",
                "instalment-plan.agreed", "payment.recorded");
    }

    /**
     * The organisation appeals in time on 9 April 2025 (recorded the next day): the case is under appeal, the 20 %
     * discount it had for waiving its appeal is lost, and recovery is barred while the appeal is pending, even
     * after both periods have ended; the Tribunal dismisses it on 2 June 2025 and the case is decided again.
     */
    private static String appealedAndDismissed(ReferenceSteps r, String caseId, String penalty) throws Exception {
        Clocks.setLondon(suite, LocalDateTime.of(2025, 4, 10, 11, 0));
        String lodged = """
                {"lodgedOn":"2025-04-09","tribunalReference":"EA/2025/0123",
                 "grounds":"The penalty is disproportionate to the harm and takes too little account of the remediation.",
                 "lateAppealAdmitted":false}""";
        Response recorded = at(r.notices, r.ada).contentType(ContentType.JSON).body(lodged).post("/notices/" + penalty + "/appeals");
        recorded.then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PENDING"))
                .body("noticeId", equalTo(penalty))
                .body("caseId", equalTo(caseId))
                .body("lodgedOn", equalTo("2025-04-09"))
                // GRC Rules r.22: within 28 days of the notice sent on 26 March 2025; 23 April 2025 is a working day
                .body("appealDueOn", equalTo("2025-04-23"))
                .body("workingDayDueOn", equalTo("2025-04-23"))
                .body("lateAppealAdmitted", equalTo(false))
                .body("settlementLost", equalTo(true));
        String appeal = recorded.path("id");
        at(r.notices, r.ada).contentType(ContentType.JSON).body(lodged).post("/notices/" + penalty + "/appeals").then()
                .statusCode(409).body("type", endsWith("appeal-pending"));
        String sha = sha256(GROUNDS);
        at(r.notices, r.ada).multiPart("file", "notice-of-appeal.pdf", GROUNDS, "application/pdf")
                .post("/appeals/" + appeal + "/documents").then().statusCode(201).body("sha256", equalTo(sha));

        assertEquals("APPEALED", r.caseStatus(caseId));
        at(r.notices, r.alan).get("/notices/" + penalty).then().statusCode(200).body("appealPending", equalTo(true));
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("amountDue.amount", equalTo("3845400.00"))
                .body("paid.amount", equalTo("0.00"))
                .body("balance.amount", equalTo("3845400.00"))
                .body("appealPending", equalTo(true));
        at(r.notices, r.ada).queryParam("limit", 200).get("/register").then().statusCode(200)
                .body("items.find { it.id == '" + penalty + "' }.underAppeal", equalTo(true));
        at(r.notices, r.alan).queryParam("status", "PENDING").queryParam("limit", 200).get("/appeals").then().statusCode(200)
                .body("items.id", hasItem(appeal));

        // 6 May 2025: the payment period (22 April) and the appeal period (23 April) have ended; the appeal has not
        Clocks.setLondon(suite, LocalDateTime.of(2025, 5, 6, 10, 0));
        at(r.notices, r.grace).contentType(ContentType.JSON)
                .body("{\"referredOn\":\"2025-05-06\",\"note\":\"Refer the unpaid penalty to the court\"}")
                .post("/notices/" + penalty + "/recovery").then().statusCode(409).body("type", endsWith("recovery-barred"));
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("recovery.possible", equalTo(false))
                .body("recovery.barredBecause", not(hasSize(0)));

        Clocks.setLondon(suite, LocalDateTime.of(2025, 6, 2, 10, 0));
        String dismissed = "{\"outcome\":\"DISMISSED\",\"decidedOn\":\"2025-06-02\","
                + "\"note\":\"The Tribunal dismissed the appeal: the penalty is proportionate\"}";
        at(r.notices, r.ada).contentType(ContentType.JSON).body(dismissed).post("/appeals/" + appeal + "/outcome").then()
                .statusCode(200).body("status", equalTo("DISMISSED"));
        at(r.notices, r.ada).contentType(ContentType.JSON).body(dismissed).post("/appeals/" + appeal + "/outcome").then()
                .statusCode(409).body("type", endsWith("appeal-decided"));
        assertEquals("DECIDED", r.caseStatus(caseId));
        at(r.notices, r.alan).get("/notices/" + penalty).then().statusCode(200).body("appealPending", equalTo(false));
        assertEquals("DISMISSED", byId(items(at(r.notices, r.alan).get("/notices/" + penalty + "/appeals")), appeal).get("status"));
        return appeal;
    }

    /**
     * On 3 June 2025 a decision-maker agrees two equal instalments of the £3,845,400 now due (30 June and
     * 31 July 2025); each is paid before it falls due, and a payment reference cannot be used twice.
     */
    private static List<String> paidInTwoInstalments(ReferenceSteps r, String penalty) throws Exception {
        Clocks.setLondon(suite, LocalDateTime.of(2025, 6, 3, 10, 0));
        at(r.notices, r.grace).contentType(ContentType.JSON)
                .body("{\"instalments\":[{\"dueOn\":\"2025-06-30\",\"amount\":" + money("1922700.00") + "},"
                        + "{\"dueOn\":\"2025-07-31\",\"amount\":" + money("1922700.00") + "}],"
                        + "\"agreedOn\":\"2025-06-03\",\"reason\":\"Agreed after the Tribunal's decision: cash flow\"}")
                .put("/notices/" + penalty + "/instalment-plan").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("instalments.dueOn", equalTo(List.of("2025-06-30", "2025-07-31")))
                .body("instalments.status", equalTo(List.of("DUE", "DUE")));

        Clocks.setLondon(suite, LocalDateTime.of(2025, 6, 27, 10, 0));
        String first = pay(r, penalty, "1922700.00", "2025-06-27", "ACS-ICO-PN-0001").then().statusCode(201)
                .body("amount.amount", equalTo("1922700.00"))
                .body("receivedOn", equalTo("2025-06-27")).extract().path("id");
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("paid.amount", equalTo("1922700.00"))
                .body("balance.amount", equalTo("1922700.00"))
                .body("instalments.status", equalTo(List.of("PAID", "DUE")));

        Clocks.setLondon(suite, LocalDateTime.of(2025, 7, 30, 10, 0));
        pay(r, penalty, "1922700.00", "2025-07-30", "ACS-ICO-PN-0001").then().statusCode(409)
                .body("type", endsWith("payment-reference-used"));
        String second = pay(r, penalty, "1922700.00", "2025-07-30", "ACS-ICO-PN-0002").then().statusCode(201).extract().path("id");
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("amountDue.amount", equalTo("3845400.00"))
                .body("paid.amount", equalTo("3845400.00"))
                .body("balance.amount", equalTo("0.00"))
                .body("overdue", equalTo(false))
                .body("payments", hasSize(2))
                .body("instalments.status", equalTo(List.of("PAID", "PAID")));
        return List.of(first, second);
    }

    @Test
    void aPenaltyVariedDownThenCancelledLeavesTheRefundAndNoNewPenalty() throws Exception {
        ReferenceSteps r = new ReferenceSteps(suite);
        String caseId = r.openAndInvestigate(LocalDateTime.of(2025, 9, 1, 10, 0));
        r.giveNoticeOfIntent(caseId, LocalDateTime.of(2025, 9, 3, 10, 0), "2025-09-23");
        Clocks.setLondon(suite, LocalDateTime.of(2025, 9, 24, 9, 0));
        String penalty = r.draftPenalty(caseId);
        // no settlement: £3,845,400 due 28 days beginning with 24 September 2025, so by 21 October 2025
        r.issuePenalty(penalty, LocalDateTime.of(2025, 9, 24, 10, 0), "3845400.00", "2025-10-21");
        assertEquals("DECIDED", r.caseStatus(caseId));
        byte[] original = at(r.notices, r.alan).get("/notices/" + penalty + "/document").then().statusCode(200).extract().asByteArray();

        Clocks.setLondon(suite, LocalDateTime.of(2025, 10, 1, 10, 0));
        String payment = pay(r, penalty, "1000000.00", "2025-10-01", "ACS-ICO-PN2-0001").then().statusCode(201).extract().path("id");

        // Sch 16 para 7: a variation may not make the notice worse for the organisation
        Clocks.setLondon(suite, LocalDateTime.of(2025, 10, 6, 10, 0));
        at(r.notices, r.grace).contentType(ContentType.JSON).header("If-Match", etag(r, penalty))
                .body("{\"amount\":" + money("4000000.00") + ",\"reasons\":\"Recalculated\"}")
                .post("/notices/" + penalty + "/variation").then().statusCode(422)
                .body("type", endsWith("variation-to-detriment"))
                .body("rule", containsString("Sch 16 para 7"));
        at(r.notices, r.alan).get("/notices/" + penalty).then().body("amount.amount", equalTo("3845400.00"));
        Response varied = at(r.notices, r.grace).contentType(ContentType.JSON).header("If-Match", etag(r, penalty))
                .body("{\"amount\":" + money("3000000.00") + ",\"reasons\":\"Reduced for the organisation's financial "
                        + "position, shown by its audited accounts\"}")
                .post("/notices/" + penalty + "/variation");
        varied.then().statusCode(anyOf(equalTo(200), equalTo(201)));
        Response notice = at(r.notices, r.alan).get("/notices/" + penalty);
        notice.then().statusCode(200)
                .body("amount.amount", equalTo("3000000.00"))
                .body("originalAmount.amount", equalTo("3845400.00"))
                .body("paymentDueOn", equalTo("2025-10-21"))
                .body("variations", hasSize(1))
                .body("variations[0].source", equalTo("REGULATOR"))
                .body("variations[0].amountBefore.amount", equalTo("3845400.00"))
                .body("variations[0].amountAfter.amount", equalTo("3000000.00"));
        String variation = notice.path("variations[0].id");
        byte[] variationPdf = at(r.notices, r.alan).get("/notices/" + penalty + "/variations/" + variation + "/document").then()
                .statusCode(200).extract().asByteArray();
        assertEquals(notice.path("variations[0].documentSha256"), sha256(variationPdf), "the variation notice's SHA-256");
        assertArrayEquals(original, at(r.notices, r.alan).get("/notices/" + penalty + "/document").then().statusCode(200).extract()
                .asByteArray(), "the penalty notice as given is kept unchanged");
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("amountDue.amount", equalTo("3000000.00"))
                .body("paid.amount", equalTo("1000000.00"))
                .body("balance.amount", equalTo("2000000.00"));

        // Sch 16 para 8: cancelled; what was paid is to be refunded, and no new penalty for the same failure
        Clocks.setLondon(suite, LocalDateTime.of(2025, 10, 8, 10, 0));
        at(r.notices, r.grace).contentType(ContentType.JSON).header("If-Match", etag(r, penalty))
                .body("{\"reasons\":\"New evidence shows the account was a supplier's, outside the organisation's control\"}")
                .post("/notices/" + penalty + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.cancelledOn", equalTo("2025-10-08"))
                .body("cancellation.reasons", startsWith("New evidence"));
        at(r.notices, r.alan).get("/notices/" + penalty + "/account").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("amountDue.amount", equalTo("0.00"))
                .body("paid.amount", equalTo("1000000.00"))
                .body("refundDue.amount", equalTo("1000000.00"));
        at(r.notices, r.ada).contentType(ContentType.JSON).body(ReferenceSteps.penaltyNotice(caseId)).post("/notices").then()
                .statusCode(409).body("type", endsWith("penalty-cancelled"));

        r.assertAuditChainsValid();
        r.awaitAudited(r.notices, List.of(penalty, payment, variation), "payment.recorded", "notice.varied", "notice.cancelled");
    }

    private static Response pay(ReferenceSteps r, String penalty, String amount, String receivedOn, String reference) {
        return at(r.notices, r.ada).contentType(ContentType.JSON)
                .body("{\"amount\":" + money(amount) + ",\"receivedOn\":\"" + receivedOn + "\",\"reference\":\"" + reference + "\"}")
                .post("/notices/" + penalty + "/payments");
    }

    private static String etag(ReferenceSteps r, String notice) {
        return at(r.notices, r.grace).get("/notices/" + notice).then().statusCode(200).extract().header("ETag");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The items of a list answer, paged ({@code {"items":[…]}}) or plain. */
    static List<Map<String, Object>> items(Response r) {
        Object root = r.jsonPath().get("$");
        return root instanceof List<?> ? r.jsonPath().getList("$") : r.jsonPath().getList("items");
    }

    static Map<String, Object> byId(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not among " + items));
    }

    /**
     * Sch 16 para 3(5): the organisation asks, during the period for representations, to make them orally; no
     * penalty notice may be given while the request is undecided, nor while a granted hearing has not been held.
     */
    private record OralHearing(ReferenceSteps r, String noi) {

        /** Asked on 20 August 2024, within the period for representations. */
        String ask() throws Exception {
            Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 20, 15, 30));
            return at(r.portal, r.betty).contentType(ContentType.JSON)
                    .body("{\"reason\":\"We ask to make our representations orally, with our General Counsel and CISO\"}")
                    .post("/portal/notices/" + noi + "/hearing-requests").then().statusCode(201)
                    .body("status", equalTo("REQUESTED")).extract().path("id");
        }

        /** Decided, held and recorded, the draft penalty notice refused until it has been held. */
        void grantedHeldAndRecorded(String hearing, String penalty) throws Exception {
            // 28 August 2024: the period ended on 27 August, the written representation was considered; the hearing is undecided
            Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 28, 10, 0));
            at(r.notices, r.grace).header("Idempotency-Key", "undecided-" + penalty).post("/notices/" + penalty + "/issue").then()
                    .statusCode(409)
                    .body("type", endsWith("requests-undecided"))
                    // Sch 16 para 3(5) (oral representations), para 4 (considered before a penalty notice is given)
                    .body("rule", anyOf(containsString("Sch 16 para 3(5)"), containsString("Sch 16 para 4")));
            at(r.portal, r.alan).queryParam("limit", 200).get("/hearing-requests/to-decide").then().statusCode(200)
                    .body("items.id", hasItem(hearing));

            Clocks.setLondon(suite, LocalDateTime.of(2024, 8, 28, 11, 0));
            String grant = """
                    {"granted":true,"heldAt":"2024-09-16T10:00","place":"Wycliffe House, Water Lane, Wilmslow SK9 5AF",
                     "attendees":["Grace Hopper, decision-maker","Ada Lovelace, investigator","Jane Smith, General Counsel"],
                     "reason":"The organisation asked in time; an oral hearing helps to weigh the remediation"}""";
            at(r.portal, r.grace).contentType(ContentType.JSON).body(grant).post("/hearing-requests/" + hearing + "/decision").then()
                    .statusCode(200)
                    .body("status", equalTo("GRANTED"))
                    .body("decision.granted", equalTo(true))
                    .body("decision.heldAt", startsWith("2024-09-16T10:00"))
                    .body("decision.decidedBy", notNullValue());
            at(r.portal, r.grace).contentType(ContentType.JSON).body(grant).post("/hearing-requests/" + hearing + "/decision").then()
                    .statusCode(409).body("type", endsWith("hearing-already-decided"));
            at(r.notices, r.grace).header("Idempotency-Key", "not-held-" + penalty).post("/notices/" + penalty + "/issue").then()
                    .statusCode(409).body("type", endsWith("hearing-not-held"));

            // the organisation sees the decision: when, where, who
            Map<String, Object> seen = byId(items(at(r.portal, r.betty).get("/portal/notices/" + noi + "/hearing-requests")
                    .then().statusCode(200).extract().response()), hearing);
            assertEquals("GRANTED", seen.get("status"));
            @SuppressWarnings("unchecked")
            Map<String, Object> decision = (Map<String, Object>) seen.get("decision");
            assertThat((String) decision.get("heldAt"), startsWith("2024-09-16T10:00"));
            assertEquals("Wycliffe House, Water Lane, Wilmslow SK9 5AF", decision.get("place"));
            assertThat(decision.get("attendees"), equalTo(List.of("Grace Hopper, decision-maker", "Ada Lovelace, investigator",
                    "Jane Smith, General Counsel")));
            at(r.portal, r.betty).get("/portal/notices/" + noi).then().statusCode(200)
                    .body("hearingRequests.find { it.id == '" + hearing + "' }.status", equalTo("GRANTED"));

            // held on 16 September 2024; a caseworker records it that afternoon with the note and its document
            Clocks.setLondon(suite, LocalDateTime.of(2024, 9, 16, 15, 0));
            Response recorded = at(r.portal, r.ada).multiPart("heldOn", "2024-09-16")
                    .multiPart("attendees", "Grace Hopper, decision-maker\nAda Lovelace, investigator\nJane Smith, General Counsel")
                    .multiPart("note", INTERNAL_NOTE)
                    .multiPart("files", "hearing-note.pdf", HEARING_NOTE, "application/pdf")
                    .post("/hearing-requests/" + hearing + "/record");
            recorded.then().statusCode(anyOf(equalTo(200), equalTo(201)))
                    .body("status", equalTo("HELD"))
                    .body("record.heldOn", equalTo("2024-09-16"))
                    .body("record.documents", hasSize(1))
                    .body("record.documents[0].sha256", equalTo(sha256(HEARING_NOTE)));
            String document = recorded.path("record.documents[0].id");
            Response file = at(r.portal, r.alan).get("/hearing-requests/" + hearing + "/documents/" + document);
            file.then().statusCode(200).header("Digest", containsString(
                    Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(HEARING_NOTE)))));
            assertArrayEquals(HEARING_NOTE, file.asByteArray());
            String portalView = at(r.portal, r.betty).get("/portal/notices/" + noi + "/hearing-requests").then().statusCode(200)
                    .extract().asString();
            assertThat(portalView, containsString("2024-09-16"));
            assertThat("the organisation does not see the internal note", portalView, not(containsString(INTERNAL_NOTE)));
            assertEquals("HELD", byId(items(at(r.portal, r.betty).get("/portal/notices/" + noi + "/hearing-requests")), hearing)
                    .get("status"));
        }
    }
}
