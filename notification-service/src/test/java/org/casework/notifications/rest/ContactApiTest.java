package org.casework.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.casework.notifications.Contacts;
import org.casework.testing.AuditEvents;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ContactApiTest {

    private static final String BETTY = Contacts.one("Betty Holberton", "betty@nhs-supplier.example",
            "Data protection officer", true);
    private static final String PRESS = Contacts.one("Press Office", "press@nhs-supplier.example", "Communications", false);

    private static String list(String org) {
        return given().auth().oauth2(Tokens.auditor()).get("/organisations/" + org + "/contacts").then().statusCode(200)
                .extract().asString();
    }

    @Test
    void aCaseworkerRegistersContactsAndStaffReadThemWithTheirVersion() {
        Response first = Contacts.replace("org-register", Contacts.body(BETTY, PRESS), null);
        first.then().statusCode(200).header("ETag", "\"1\"");
        assertThat(first.jsonPath().getList("contacts.email"),
                equalTo(List.of("betty@nhs-supplier.example", "press@nhs-supplier.example")));
        Response read = given().auth().oauth2(Tokens.decisionMaker()).get("/organisations/org-register/contacts");
        read.then().statusCode(200).header("ETag", "\"1\"").body("contacts[0].receivesStatutoryNotices", equalTo(true))
                .body("contacts[1].receivesStatutoryNotices", equalTo(false));
        Contacts.replace("org-register", Contacts.body(PRESS), "\"1\"").then().statusCode(200).header("ETag", "\"2\"")
                .body("contacts.size()", equalTo(1));
    }

    @Test
    void anOrganisationNeverGivenContactsHasAnEmptyListAtVersionZero() {
        given().auth().oauth2(Tokens.caseworker()).get("/organisations/org-nobody/contacts").then().statusCode(200)
                .header("ETag", "\"0\"").body("contacts.size()", equalTo(0));
    }

    @Test
    void replacingAnExistingListNeedsItsCurrentVersion() {
        Contacts.replace("org-versions", Contacts.body(BETTY), null).then().statusCode(200);
        String before = list("org-versions");
        Problems.assertProblem(Contacts.replace("org-versions", Contacts.body(PRESS), null), 428);
        Problems.assertProblem(Contacts.replace("org-versions", Contacts.body(PRESS), "\"7\""), 412);
        assertThat(list("org-versions"), equalTo(before));
    }

    @Test
    void theReplacementIsAuditedWithCountsNotThePeople() {
        long seq = AuditEvents.lastSeq();
        Contacts.replace("org-audited", Contacts.body(BETTY, PRESS), null).then().statusCode(200);
        AuditEvents.awaitLinked();
        var entry = AuditEvents.after(seq).stream().filter(e -> "contacts.replaced".equals(e.get("action")))
                .findFirst().orElseThrow();
        assertThat(String.valueOf(entry.get("resourceId")), equalTo("org-audited"));
        assertThat(String.valueOf(entry.get("details")).contains("betty"), equalTo(false));
    }

    private static void refused(int status, String field, Supplier<Response> request) {
        String listed = list("org-bad-input");
        RowCounts before = RowCounts.of(Contacts.TABLES);
        Response response = Problems.assertProblem(request.get(), status);
        if (field != null) {
            assertThat(response.asString(), response.jsonPath().getList("errors.field"), hasItem(field));
        }
        assertThat(before.again(), equalTo(before));
        assertThat(list("org-bad-input"), equalTo(listed));
    }

    @Test
    void badContactsAreRefusedAndChangeNothing() {
        Contacts.replace("org-bad-input", Contacts.body(BETTY), null).then().statusCode(200);
        String org = "org-bad-input";
        refused(400, "contacts[0].email", () -> Contacts.replace(org,
                Contacts.body(Contacts.one("A", "not-an-address", "DPO", true)), "\"1\""));
        refused(400, "contacts[0].email", () -> Contacts.replace(org,
                Contacts.body(Contacts.one("A", "a@example.org\\r\\nBcc: x@example.org", "DPO", true)), "\"1\""));
        refused(400, "contacts[0].name", () -> Contacts.replace(org,
                Contacts.body(Contacts.one("x".repeat(201), "a@example.org", "DPO", true)), "\"1\""));
        refused(400, "contacts[0].role", () -> Contacts.replace(org,
                Contacts.body(Contacts.one("A", "a@example.org", "", true)), "\"1\""));
        refused(400, "contacts[0].name", () -> Contacts.replace(org,
                Contacts.body(Contacts.one("A\\u0000", "a@example.org", "DPO", true)), "\"1\""));
        refused(400, "contacts", () -> Contacts.replace(org,
                Contacts.body(Collections.nCopies(21, BETTY).toArray(String[]::new)), "\"1\""));
        refused(400, "contacts[1].email", () -> Contacts.replace(org, Contacts.body(BETTY, BETTY), "\"1\""));
        refused(400, null, () -> Contacts.replace(org, "{\"contacts\":[{\"name\":\"A\",\"email\":\"a@example.org\","
                + "\"role\":\"DPO\"}]}", "\"1\""));
        refused(400, null, () -> Contacts.replace(org, "{\"contacts\":[" + BETTY + "],\"extra\":1}", "\"1\""));
        refused(400, null, () -> Contacts.replace(org, "{", "\"1\""));
        refused(400, null, () -> Contacts.replace(org, "{}", "\"1\""));
        refused(400, null, () -> Contacts.replace("ORG BAD", Contacts.body(BETTY), null));
        refused(415, null, () -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.TEXT)
                .body("contacts").put("/organisations/" + org + "/contacts"));
        refused(413, null, () -> Contacts.replace(org, Contacts.body(Contacts.one("x".repeat(1_100_000),
                "a@example.org", "DPO", true)), "\"1\""));
    }

    @Test
    void onlyCaseworkersKeepTheRegisterAndOrganisationsCannotReadIt() {
        RowCounts before = RowCounts.of(Contacts.TABLES);
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body(Contacts.body(BETTY)).put("/organisations/org-roles/contacts"), 403);
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON)
                .body(Contacts.body(BETTY)).put("/organisations/org-roles/contacts"), 403);
        Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative("org-roles"))
                .get("/organisations/org-roles/contacts"), 403);
        Problems.assertProblem(given().get("/organisations/org-roles/contacts"), 401);
        Problems.assertProblem(given().auth().oauth2(Tokens.service()).get("/organisations/org-roles/contacts"), 403);
        assertThat(before.again(), equalTo(before));
    }
}
