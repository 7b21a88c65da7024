package org.casework.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The steps of the reference case (ReferenceCaseIT) that the tests continuing it share: the same people
 * (ada investigates, grace decides, betty represents Advanced, alan audits), the same case, notices and
 * bodies, each step at the London time it is given, so each test states its own timeline.
 */
final class ReferenceSteps {

    final Suite suite;
    final String ada;
    final String grace;
    final String betty;
    final String alan;
    final String cases;
    final String notices;
    final String portal;

    ReferenceSteps(Suite suite) throws Exception {
        this.suite = suite;
        ada = suite.staff("ada");
        grace = suite.staff("grace");
        betty = suite.organisation("betty");
        alan = suite.staff("alan");
        cases = suite.cases.url();
        notices = suite.notices.url();
        portal = suite.representations.url();
    }

    static RequestSpecification at(String baseUrl, String token) {
        return given().baseUri(baseUrl).auth().oauth2(token);
    }

    /** The case opened by ada from the breach report, a finding recorded, ada assigned, and the investigation started by grace. */
    String openAndInvestigate(LocalDateTime when) throws Exception {
        Clocks.setLondon(suite, when);
        String caseBody = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-case.json"))
                .replace("400000000.00", "300000000.00");
        String caseId = at(cases, ada).contentType(ContentType.JSON).header("Idempotency-Key", "reference-" + UUID.randomUUID())
                .body(caseBody).post("/cases")
                .then().statusCode(201).extract().path("id");
        at(cases, ada).contentType(ContentType.JSON).body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":"
                + "\"No multi-factor authentication on the customer remote-access account\"}")
                .post("/cases/" + caseId + "/findings").then().statusCode(201);
        at(cases, ada).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"caseworker\":\"" + suite.subjectOf("ada") + "\"}").put("/cases/" + caseId + "/assignee")
                .then().statusCode(200);
        at(cases, grace).contentType(ContentType.JSON).header("Idempotency-Key", "start-" + caseId)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Serious breach of special category data\"}")
                .post("/cases/" + caseId + "/transitions").then().statusCode(200);
        return caseId;
    }

    /**
     * ada drafts the notice of intent for £6,090,000 with 21 days for representations; grace, who did not
     * investigate, gives it on {@code givenAt}; the representations are due by {@code representationsDueOn}
     * (Sch 16 para 3(4): 21 days beginning with the day it is given) and the portal shows it.
     */
    String giveNoticeOfIntent(String caseId, LocalDateTime givenAt, String representationsDueOn) throws Exception {
        String noi = at(notices, ada).contentType(ContentType.JSON).body(noticeOfIntent(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        Clocks.setLondon(suite, givenAt);
        // handed over in 2024, so given that day under DPA 2018 s.141 as it then stood (s.141A came later)
        at(notices, grace).header("Idempotency-Key", "issue-" + noi).contentType(ContentType.JSON)
                .body("{\"method\":\"BY_HAND\"}").post("/notices/" + noi + "/issue").then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("amount.amount", equalTo("6090000.00"))
                .body("givingMethod", equalTo("BY_HAND"))
                .body("givingProvision", equalTo("DPA 2018 s.141"))
                .body("givenOn", equalTo(givenAt.toLocalDate().toString()))
                .body("representationsDueOn", equalTo(representationsDueOn));
        at(cases, alan).get("/cases/" + caseId).then().body("status", equalTo("NOTICE_OF_INTENT_ISSUED"));
        Eventually.windowOpen(suite, betty, noi);
        return noi;
    }

    /** betty's written representation with a PDF, on {@code when}, and ada's consideration of it. */
    void represent(String noi, LocalDateTime when, String dueOn) throws Exception {
        Clocks.setLondon(suite, when);
        at(portal, betty).get("/portal/notices").then().statusCode(200).body("items.noticeId", hasItem(noi))
                .body("items.find { it.noticeId == '" + noi + "' }.dueOn", equalTo(dueOn));
        Response submitted = at(portal, betty).multiPart("statement", "We contained the attack with the NCSC, the NCA "
                + "and NHS England, and have since put multi-factor authentication on every account.")
                .multiPart("files", "response.pdf", "%PDF-1.7\n% our response\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .post("/portal/notices/" + noi + "/representations");
        submitted.then().statusCode(201);
        at(portal, ada).contentType(ContentType.JSON).body("{\"note\":\"Mitigation accepted in part: cooperation and remediation\"}")
                .post("/representations/" + submitted.path("id") + "/consideration").then().statusCode(200);
    }

    /** ada's draft penalty notice of £3,845,400 on the case. */
    String draftPenalty(String caseId) {
        return at(notices, ada).contentType(ContentType.JSON).body(penaltyNotice(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Sch 16 para 2(3): the later deadline (31 March 2025) agreed with the group's solicitors on 30 January 2025,
     * while the 6-month period of a notice of intent given on 7 August 2024 still runs.
     */
    void agreeLaterDeadline(String noi) throws Exception {
        Clocks.setLondon(suite, LocalDateTime.of(2025, 1, 30, 15, 0));
        at(notices, grace).contentType(ContentType.JSON)
                .body("{\"agreedUntil\":\"2025-03-31\",\"reason\":\"Agreed with the group's solicitors\","
                        + "\"agreedBy\":\"Jane Smith, General Counsel\",\"agreedOn\":\"2025-01-30\","
                        + "\"evidence\":\"Letter of 30 Jan 2025, ref ACS/ICO/12\"}")
                .post("/notices/" + noi + "/deadline-extension").then().statusCode(200);
    }

    /** The settlement of 20 March 2025: 20 % off £3,845,400 for accepting the decision and waiving the appeal. */
    void settle(String penalty) throws Exception {
        Clocks.setLondon(suite, LocalDateTime.of(2025, 3, 20, 9, 0));
        at(notices, grace).contentType(ContentType.JSON)
                .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                .post("/notices/" + penalty + "/settlement").then().statusCode(200)
                .body("amount.amount", equalTo("3076320.00"));
    }

    /** grace issues the penalty notice on {@code givenOn}'s date; the payment is due 28 days beginning with that day. */
    void issuePenalty(String penalty, LocalDateTime givenAt, String amount, String paymentDueOn) throws Exception {
        Clocks.setLondon(suite, givenAt);
        at(notices, grace).header("Idempotency-Key", "issue-" + penalty).post("/notices/" + penalty + "/issue").then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("amount.amount", equalTo(amount))
                .body("issuedOn", equalTo(givenAt.toLocalDate().toString()))
                .body("paymentDueOn", equalTo(paymentDueOn));
    }

    String caseStatus(String caseId) {
        return at(cases, alan).get("/cases/" + caseId).then().statusCode(200).extract().path("status");
    }

    /** Every service's audit chain verifies whole. */
    void assertAuditChainsValid() {
        for (String service : new String[] { cases, notices, portal }) {
            at(service, alan).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        }
    }

    /**
     * Waits until the service's audit log has linked an entry of each action about one of {@code ids} (its
     * resource, or named in its details): entries are linked by the sequencer just after the answer.
     */
    void awaitAudited(String service, java.util.Collection<String> ids, String... actions) throws Exception {
        java.util.Set<String> wanted = new java.util.TreeSet<>(java.util.List.of(actions));
        java.util.Set<String> seen = new java.util.TreeSet<>();
        Eventually.await(java.time.Duration.ofSeconds(20), "audit entries " + wanted + " about " + ids + " in " + service, () -> {
            seen.clear();
            String after = null;
            do {
                RequestSpecification page = at(service, alan).queryParam("limit", 200);
                Response r = (after == null ? page : page.queryParam("after", after)).get("/audit/events");
                r.then().statusCode(200);
                java.util.List<java.util.Map<String, Object>> items = r.path("items");
                for (var e : items) {
                    Object details = e.get("details");
                    if (ids.contains(e.get("resourceId"))
                            || (details instanceof java.util.Map<?, ?> d && d.values().stream().anyMatch(ids::contains))) {
                        seen.add(String.valueOf(e.get("action")));
                    }
                }
                after = r.path("next");
            } while (after != null);
            return seen.containsAll(wanted);
        });
    }

    static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"GBP\"}";
    }

    static String noticeOfIntent(String caseId) {
        return """
                {"caseId":"%s","type":"NOTICE_OF_INTENT",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"},
                               {"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "calculation":{"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"tier":"STANDARD",
                   "seriousness":{"band":"HIGH","percent":"70","reason":"special category data of 82,946 people"},
                   "turnoverAdjustment":{"percent":"100","reason":"a large undertaking"},"factors":[],
                   "effectiveness":{"percent":"0","reason":"effective, proportionate and dissuasive"}},
                 "representationDays":21}""".formatted(caseId);
    }

    static String penaltyNotice(String caseId) {
        return """
                {"caseId":"%s","type":"PENALTY_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"},
                               {"name":"Advanced Health and Care Limited","companyNumber":"02031639"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "publicSummary":"Penalty for failing to secure health and care data of 79,404 people.",
                 "calculation":{"worldwideTurnover":{"amount":"300000000.00","currency":"GBP"},"tier":"STANDARD",
                   "seriousness":{"band":"HIGH","percent":"52","reason":"cooperation with the NCSC, NCA and NHS"},
                   "turnoverAdjustment":{"percent":"85","reason":"position within the band"},"factors":[],
                   "effectiveness":{"percent":"0","reason":"effective, proportionate and dissuasive"}}}""".formatted(caseId);
    }
}
