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
 * The data the security suite aims at, owned by organisation org-nhs-supplier (betty's): a case under
 * investigation with a finding, an issued notice of intent with its window open, betty's representation
 * with a PDF, a request for more time and a request for a hearing. Made once per test JVM.
 */
final class SecurityFixture {

    final String caseId;
    final String findingId;
    final String noticeId;
    final String representationId;
    final String fileId;
    final String extensionId;

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
        String caseBody = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-case.json"));
        caseId = at(suite.cases.url(), ada).contentType(ContentType.JSON).body(caseBody).post("/cases")
                .then().statusCode(201).extract().path("id");
        findingId = at(suite.cases.url(), ada).contentType(ContentType.JSON)
                .body("{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No multi-factor authentication\"}")
                .post("/cases/" + caseId + "/findings").then().statusCode(201).extract().path("id");
        at(suite.cases.url(), grace).contentType(ContentType.JSON).header("Idempotency-Key", "security-start-" + caseId)
                .body("{\"to\":\"INVESTIGATING\",\"reason\":\"Security suite fixture\"}").post("/cases/" + caseId + "/transitions")
                .then().statusCode(200);
        String notice = Files.readString(suite.root.resolve("local/src/main/resources/demo/reference-notice-of-intent.json"))
                .replace("${caseId}", caseId);
        noticeId = at(suite.notices.url(), ada).contentType(ContentType.JSON).body(notice).post("/notices")
                .then().statusCode(201).extract().path("id");
        at(suite.notices.url(), grace).header("Idempotency-Key", "security-issue-" + noticeId).post("/notices/" + noticeId + "/issue")
                .then().statusCode(200);
        var submitted = at(suite.representations.url(), betty).multiPart("statement", "Our representation for the security suite.")
                .multiPart("files", "evidence.pdf", "%PDF-1.7\n% evidence\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/notices/" + noticeId + "/representations").then().statusCode(201).extract();
        representationId = submitted.path("id");
        fileId = submitted.path("files[0].id");
        LocalDate later = LocalDate.now(ZoneId.of("Europe/London")).plusDays(60);
        extensionId = at(suite.representations.url(), betty).contentType(ContentType.JSON)
                .body("{\"until\":\"" + later + "\",\"reason\":\"Our auditors report later\"}")
                .post("/portal/notices/" + noticeId + "/extension-requests").then().statusCode(201).extract().path("id");
        at(suite.representations.url(), betty).contentType(ContentType.JSON).body("{\"reason\":\"We ask to be heard\"}")
                .post("/portal/notices/" + noticeId + "/hearing-requests").then().statusCode(201);
    }

    /** The operation's path with its parameters filled in with this fixture's ids. */
    String fill(ApiOperations.Operation op) {
        String p = op.path();
        boolean extension = p.startsWith("/extension-requests/");
        String id = switch (op.service()) {
            case "case-service" -> caseId;
            case "notice-service" -> noticeId;
            default -> extension ? extensionId : representationId;
        };
        return p.replace("{findingId}", findingId).replace("{fileId}", fileId).replace("{noticeId}", noticeId).replace("{id}", id);
    }

    /** An id of nothing, for the same path. */
    static String unknownId() {
        return UUID.randomUUID().toString();
    }

    private static RequestSpecification at(String base, String token) {
        return given().baseUri(base).auth().oauth2(token);
    }
}
