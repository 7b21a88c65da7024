package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class RepresentationBadInputTest {

    private static Response refused(int status, String field, Supplier<Response> request) {
        RowCounts before = RowCounts.of(Portal.TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            assertThat(response.asString(), fields, hasItem(field));
        }
        assertThat(before.again(), equalTo(before));
        return response;
    }

    @Test
    void refusesBadWindows() {
        String svc = Tokens.service();
        UUID id = UUID.randomUUID();
        refused(400, "dueOn", () -> given().auth().oauth2(svc).contentType(ContentType.JSON)
                .body("{\"caseId\":\"" + id + "\",\"organisationId\":\"org-x\",\"dueOn\":\"27/08/2024\"}").put("/internal/windows/" + id));
        refused(400, "organisationId", () -> given().auth().oauth2(svc).contentType(ContentType.JSON)
                .body("{\"caseId\":\"" + id + "\",\"organisationId\":\"ORG X\",\"dueOn\":\"2024-08-27\"}").put("/internal/windows/" + id));
        refused(400, "caseId", () -> given().auth().oauth2(svc).contentType(ContentType.JSON)
                .body("{\"organisationId\":\"org-x\",\"dueOn\":\"2024-08-27\"}").put("/internal/windows/" + id));
        refused(400, null, () -> given().auth().oauth2(svc).contentType(ContentType.JSON).body("{").put("/internal/windows/" + id));
        refused(404, null, () -> given().auth().oauth2(svc).put("/internal/windows/not-a-uuid"));
    }

    @Test
    void refusesBadSubmissions() {
        UUID notice = Portal.window("org-bad", LocalDate.of(2099, 1, 31));
        refused(400, "statement", () -> Portal.as("org-bad").multiPart("files", "a.pdf", Portal.pdf(), "application/pdf")
                .post("/portal/notices/" + notice + "/representations"));
        refused(400, "statement", () -> Portal.submit("org-bad", notice, "   "));
        refused(400, "statement", () -> Portal.submit("org-bad", notice, "forged\u0000line"));
        refused(400, "statement", () -> Portal.submit("org-bad", notice, "x".repeat(100_001)));
        refused(415, null, () -> Portal.as("org-bad").contentType(ContentType.JSON).body("{\"statement\":\"json\"}")
                .post("/portal/notices/" + notice + "/representations"));
        refused(404, null, () -> Portal.submit("org-bad", UUID.randomUUID(), "No such notice"));
        refused(413, null, () -> {
            Object[] files = new Object[42];
            for (int i = 0; i < 21; i++) {
                files[2 * i] = "f" + i + ".pdf";
                files[2 * i + 1] = Portal.pdf();
            }
            return Portal.submit("org-bad", notice, "Too many files", files);
        });
    }

    @Test
    void refusesBadRequestsForTimeOrAHearing() {
        UUID notice = Portal.window("org-bad-req", LocalDate.of(2099, 1, 31));
        refused(422, null, () -> Portal.as("org-bad-req").contentType(ContentType.JSON)
                .body("{\"until\":\"2099-01-30\",\"reason\":\"earlier?\"}").post("/portal/notices/" + notice + "/extension-requests"));
        refused(400, "until", () -> Portal.as("org-bad-req").contentType(ContentType.JSON)
                .body("{\"until\":\"soon\",\"reason\":\"x\"}").post("/portal/notices/" + notice + "/extension-requests"));
        refused(400, "reason", () -> Portal.as("org-bad-req").contentType(ContentType.JSON)
                .body("{\"until\":\"2099-03-01\"}").post("/portal/notices/" + notice + "/extension-requests"));
        refused(400, "reason", () -> Portal.as("org-bad-req").contentType(ContentType.JSON)
                .body("{\"reason\":\"" + "y".repeat(5001) + "\"}").post("/portal/notices/" + notice + "/hearing-requests"));
        refused(400, "unexpected", () -> Portal.as("org-bad-req").contentType(ContentType.JSON)
                .body("{\"reason\":\"ok\",\"unexpected\":true}").post("/portal/notices/" + notice + "/hearing-requests"));
    }

    @Test
    void refusesBadStaffRequests() {
        String staff = Tokens.decisionMaker();
        refused(404, null, () -> given().auth().oauth2(staff).get("/representations/" + UUID.randomUUID()));
        refused(404, null, () -> given().auth().oauth2(staff).contentType(ContentType.JSON).body("{\"note\":\"x\"}")
                .post("/representations/" + UUID.randomUUID() + "/consideration"));
        refused(400, "noticeId", () -> given().auth().oauth2(staff).get("/representations"));
        refused(400, "noticeId", () -> given().auth().oauth2(staff).queryParam("noticeId", "abc").get("/representations"));
        refused(400, "limit", () -> given().auth().oauth2(staff).queryParam("noticeId", UUID.randomUUID())
                .queryParam("limit", "0").get("/representations"));
        refused(404, null, () -> given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body("{\"granted\":true,\"reason\":\"x\"}").post("/extension-requests/" + UUID.randomUUID() + "/decision"));
        refused(400, "granted", () -> given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body("{\"granted\":\"maybe\",\"reason\":\"x\"}").post("/extension-requests/" + UUID.randomUUID() + "/decision"));
        refused(400, "after", () -> Portal.as("org-bad").queryParam("after", "%%%").get("/portal/notices"));
    }
}
