package org.casework.system;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The data the security suite aims at, owned by organisation org-nhs-supplier (betty's): a case with
 * a finding and an issued notice of intent with its window open, betty's representation with a PDF,
 * a request for more time and a request for a hearing, a draft penalty notice on that case; a second
 * case under investigation with a draft notice of intent; a third case just opened; a window of a
 * notice no one will ever see, for the one operation that closes windows; and what comes after penalty
 * notices ({@link EnforcementFixture}). Made once per test JVM.
 */
final class SecurityFixture {

    final String caseId;
    final String findingId;
    final String noticeId;
    final String representationId;
    final String fileId;
    final String extensionId;
    final String draftPenaltyId;
    final String investigatingCaseId;
    final String draftNoticeId;
    final String openCaseId;
    final String disposableWindowId;
    /** betty's request for a hearing, undecided. */
    final String hearingId;
    /** What the operations after a penalty notice aim at. */
    final EnforcementFixture enforcement;
    /** An upload of one unpaid fee, and its fixed penalty (notice of intent given today, representations running). */
    final String feeBatchId;
    final String feePenaltyId;
    /** An information notice given 60 days ago whose compliance day has passed: non-compliance can be recorded. */
    final String overdueInformationNoticeId;
    final String overdueInformationRequiredBy;
    /** An enforcement notice given 60 days ago (its appeal period over) and betty's undecided application to vary it. */
    final EnforcementNoticeFixture appliedNotice;
    final String variationApplicationId;

    private static SecurityFixture instance;

    static synchronized SecurityFixture get(Suite suite) throws Exception {
        if (instance == null) {
            instance = new SecurityFixture(suite);
        }
        return instance;
    }

    private SecurityFixture(Suite suite) throws Exception {
        Clocks.reset(suite);
        String ada = suite.staff("ada");
        String grace = suite.staff("grace");
        String betty = suite.organisation("betty");
        caseId = openCase(suite);
        findingId = at(suite.cases.url(), ada).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No multi-factor authentication\"}")
                .post("/cases/" + caseId + "/findings").then().statusCode(201).extract().path("id");
        investigate(suite, caseId);
        noticeId = draft(suite, caseId, "reference-notice-of-intent.json");
        at(suite.notices.url(), grace).header("Idempotency-Key", "security-issue-" + noticeId).post("/notices/" + noticeId + "/issue")
                .then().statusCode(200);
        Eventually.windowOpen(suite, betty, noticeId);
        var submitted = at(suite.representations.url(), betty).multiPart("statement", "Our representation for the security suite.")
                .multiPart("files", "evidence.pdf", "%PDF-1.7\n% evidence\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/notices/" + noticeId + "/representations").then().statusCode(201).extract();
        representationId = submitted.path("id");
        fileId = submitted.path("files[0].id");
        LocalDate later = LocalDate.now(ZoneId.of("Europe/London")).plusDays(60);
        extensionId = at(suite.representations.url(), betty).contentType(ContentType.JSON)
                .body("{\"until\":\"" + later + "\",\"reason\":\"Our auditors report later\"}")
                .post("/portal/notices/" + noticeId + "/extension-requests").then().statusCode(201).extract().path("id");
        hearingId = at(suite.representations.url(), betty).contentType(ContentType.JSON).body("{\"reason\":\"We ask to be heard\"}")
                .post("/portal/notices/" + noticeId + "/hearing-requests").then().statusCode(201).extract().path("id");
        draftPenaltyId = at(suite.notices.url(), ada).contentType(ContentType.JSON).body(penaltyNotice(caseId)).post("/notices")
                .then().statusCode(201).extract().path("id");
        investigatingCaseId = openCase(suite);
        investigate(suite, investigatingCaseId);
        draftNoticeId = draft(suite, investigatingCaseId, "reference-notice-of-intent.json");
        openCaseId = openCase(suite);
        disposableWindowId = UUID.randomUUID().toString();
        at(suite.representations.url(), suite.machine("notice-service", "local-notice-service-secret")).contentType(ContentType.JSON)
                .body("{\"caseId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\"org-security-tests\",\"dueOn\":\"" + later + "\"}")
                .put("/internal/windows/" + disposableWindowId).then().statusCode(201);
        enforcement = new EnforcementFixture(suite, noticeId);
        String unpaid = "organisation_id,organisation_name,reference,tier,charge_period_start,aggravated_amount,"
                + "aggravation_reason\norg-unpaid-" + UUID.randomUUID() + ",Unpaid Fee Ltd,ZA000001,1,"
                + LocalDate.now(ZoneId.of("Europe/London")).minusMonths(2) + ",,\n";
        feeBatchId = at(suite.notices.url(), grace).header("Idempotency-Key", "security-fee-batch-" + UUID.randomUUID())
                .multiPart("file", "unpaid.csv", unpaid.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/fee-penalties/batches").then().statusCode(201).extract().path("id");
        feePenaltyId = at(suite.notices.url(), ada).queryParam("batchId", feeBatchId).get("/fee-penalties").then()
                .statusCode(200).extract().path("items[0].id");
        // given in the past (every service's clock moved back, then reset), so its 30 days have run out by today
        try {
            Clocks.setLondon(suite, java.time.LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(60));
            String informationCase = openCase(suite);
            investigate(suite, informationCase);
            overdueInformationNoticeId = at(suite.notices.url(), ada).contentType(ContentType.JSON)
                    .body(NonCompliancePenaltyIT.informationNotice(informationCase)).post("/notices").then().statusCode(201)
                    .extract().path("id");
            overdueInformationRequiredBy = at(suite.notices.url(), grace)
                    .header("Idempotency-Key", "security-issue-" + overdueInformationNoticeId)
                    .post("/notices/" + overdueInformationNoticeId + "/issue").then().statusCode(200).extract().path("requiredBy");
        } finally {
            Clocks.reset(suite);
        }
        try {
            Clocks.setLondon(suite, java.time.LocalDateTime.now(ZoneId.of("Europe/London")).minusDays(60));
            appliedNotice = new EnforcementNoticeFixture(suite);
        } finally {
            Clocks.reset(suite);
        }
        variationApplicationId = at(suite.notices.url(), betty).contentType(ContentType.JSON)
                .header("Idempotency-Key", "security-application-" + appliedNotice.noticeId)
                .body(variationApplication(appliedNotice.stepId))
                .post("/portal/issued-notices/" + appliedNotice.noticeId + "/variation-applications").then().statusCode(201)
                .extract().path("id");
    }

    /** An application (DPA 2018 s.153) to move a step of an enforcement notice 120 days from today. */
    static String variationApplication(String stepId) {
        return "{\"kind\":\"VARY\",\"steps\":[{\"stepId\":\"" + stepId + "\",\"requestedComplianceDate\":\""
                + LocalDate.now(ZoneId.of("Europe/London")).plusDays(120) + "\"}],\"grounds\":\"The accounts were closed\"}";
    }

    /** The operation's path with its parameters filled in with this fixture's ids. */
    String fill(ApiOperations.Operation op) {
        String p = op.path();
        if (op.method().equals("DELETE") && p.equals("/internal/windows/{noticeId}")) {
            return "/internal/windows/" + disposableWindowId;
        }
        if (p.startsWith("/fee-penalties/batches/{id}")) {
            return p.replace("{id}", feeBatchId);
        }
        if (p.startsWith("/fee-penalties/{id}")) {
            return p.replace("{id}", feePenaltyId);
        }
        String afterPenalty = enforcement.fill(op);
        if (afterPenalty != null) {
            return afterPenalty;
        }
        boolean extension = p.startsWith("/extension-requests/");
        String id = switch (op.service()) {
            case "case-service" -> caseId;
            case "notice-service" -> noticeId;
            default -> extension ? extensionId : representationId;
        };
        String filled = p.replace("{findingId}", findingId).replace("{fileId}", fileId).replace("{noticeId}", noticeId).replace("{id}", id)
                .replace("{seq}", "1");
        if (p.equals("/audit/consistency")) {
            return filled + "?from=1";
        }
        // the lists that are read per case or per notice name theirs (a list of everything is refused with 400)
        if (op.method().equals("GET") && op.queryParams().contains("noticeId")) {
            return filled + "?noticeId=" + noticeId;
        }
        if (op.method().equals("GET") && op.queryParams().contains("caseId")) {
            return filled + "?caseId=" + caseId;
        }
        return filled;
    }

    /** An id of nothing, for the same path. */
    static String unknownId() {
        return UUID.randomUUID().toString();
    }

    /** The reference case (betty's organisation), opened with an Idempotency-Key as every client must. */
    static String openCase(Suite suite) throws Exception {
        return at(suite.cases.url(), suite.staff("ada")).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(referenceCase(suite)).post("/cases").then().statusCode(201).extract().path("id");
    }

    static String referenceCase(Suite suite) throws Exception {
        return Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-case.json"));
    }

    static void investigate(Suite suite, String caseId) throws Exception {
        at(suite.cases.url(), suite.staff("grace")).contentType(ContentType.JSON).header("Idempotency-Key", "security-start-" + caseId)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Security suite fixture\"}").post("/cases/" + caseId + "/transitions")
                .then().statusCode(200);
    }

    static String draft(Suite suite, String caseId, String resource) throws Exception {
        String notice = Files.readString(suite.root.resolve("local/src/main/resources/demo/" + resource)).replace("${caseId}", caseId);
        return at(suite.notices.url(), suite.staff("ada")).contentType(ContentType.JSON).body(notice).post("/notices")
                .then().statusCode(201).extract().path("id");
    }

    static String penaltyNotice(String caseId) {
        return """
                {"caseId":"%s","type":"PENALTY_NOTICE",
                 "recipients":[{"name":"Advanced Computer Software Group Limited","companyNumber":"05965280"}],
                 "reasons":"No multi-factor authentication on a customer remote-access account (UK GDPR Art 32(1)).",
                 "publicSummary":"Penalty for failing to secure health and care data.",
                 "calculation":{"worldwideTurnover":{"amount":"400000000.00","currency":"GBP"},"tier":"STANDARD",
                   "seriousness":{"band":"HIGH","percent":"52","reason":"cooperation with the NCSC, NCA and NHS"},
                   "turnoverAdjustment":{"percent":"85","reason":"position within the band"},"factors":[],
                   "effectiveness":{"percent":"0","reason":"effective, proportionate and dissuasive"}}}""".formatted(caseId);
    }

    static RequestSpecification at(String base, String token) {
        return given().baseUri(base).auth().oauth2(token);
    }
}
