package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.DownstreamStubs;
import org.casework.notices.InvestigatoryRequests;
import org.casework.notices.NoticeApi;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * On an issued information notice: the organisation's claims that a restriction of DPA 2018 s.143 applies, the
 * regulator's view on each, and the court steps of an information order (s.145). Portal paths show an organisation
 * only its own notices; every refusal changes nothing.
 */
@QuarkusTest
class RestrictionClaimAndOrderApiTest {

    static final String[] TABLES = { "notice", "restriction_claim", "information_order", "audit_event" };
    static final String ORG = "org-nhs-supplier";

    @Inject
    TestClock clock;

    UUID caseId;
    UUID noticeId;

    @BeforeEach
    void issuedInformationNotice() {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        noticeId = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        NoticeApi.issue(noticeId).then().statusCode(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response refused(int status, String type, Supplier<Response> request) {
        RowCounts before = RowCounts.of(TABLES);
        Response r = Problems.assertProblem(request.get(), status);
        if (type != null) {
            assertThat(r.asString(), r.path("type").toString(), endsWith(type));
        }
        assertThat(before.again(), equalTo(before));
        return r;
    }

    private static Response claim(String token, UUID noticeId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/portal/issued-notices/" + noticeId + "/restriction-claims");
    }

    private static Response order(String token, UUID noticeId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/notices/" + noticeId + "/information-orders");
    }

    private static final String PRIVILEGE = """
            {"ground":"LEGAL_ADVICE_PRIVILEGE","statement":"Item 2 is our solicitors' advice on our UK GDPR obligations."}""";

    /** s.143(3): the representative claims legal advice privilege; a caseworker records the regulator's view, once. */
    @Test
    void theOrganisationClaimsARestrictionAndTheRegulatorRecordsItsView() {
        String claimId = claim(Tokens.orgRepresentative(ORG), noticeId, PRIVILEGE).then().statusCode(201)
                .body("rule", equalTo("DPA 2018 s.143(3)")).body("viewAccepted", nullValue()).extract().path("id");
        AuditEntries.Entry claimed = AuditEntries.exactlyOne(noticeId, "notice.restriction-claimed");
        assertThat(claimed.resourceType(), equalTo("notice"));

        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).contentType(ContentType.JSON)
                .body("{\"accepted\":true,\"note\":\"The advice is privileged; item 2 is withdrawn from the notice.\"}")
                .post("/restriction-claims/" + claimId + "/view").then().statusCode(200)
                .body("viewAccepted", equalTo(true)).body("viewedBy", equalTo("caseworker-ada"));
        AuditEntries.exactlyOne(noticeId, "notice.restriction-claim-viewed");
        refused(409, "view-already-recorded", () -> given().auth().oauth2(Tokens.decisionMaker())
                .contentType(ContentType.JSON).body("{\"accepted\":false,\"note\":\"Changed our mind.\"}")
                .post("/restriction-claims/" + claimId + "/view"));

        given().auth().oauth2(Tokens.orgRepresentative(ORG)).get("/portal/issued-notices/" + noticeId + "/restriction-claims")
                .then().statusCode(200).body("", hasSize(1)).body("[0].viewAccepted", equalTo(true))
                .body("[0].viewedBy", nullValue());
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + noticeId + "/restriction-claims").then()
                .statusCode(200).body("[0].ground", equalTo("LEGAL_ADVICE_PRIVILEGE"));
    }

    /** The portal shows what the notice requires and by when (s.142(3)); another organisation sees nothing. */
    @Test
    void theOrganisationReadsWhatItsNoticeRequiresAndByWhen() {
        given().auth().oauth2(Tokens.orgRepresentative(ORG)).get("/portal/issued-notices/" + noticeId + "/requirements").then()
                .statusCode(200).body("type", equalTo("INFORMATION_NOTICE")).body("requiredBy", equalTo("2024-09-05"))
                .body("form", equalTo("CSV files and PDF documents by secure transfer"))
                .body("appealDueOn", equalTo("2024-09-04"));
        AuditEntries.exactlyOne(noticeId, "notice.portal-read");
        refused(404, null, () -> given().auth().oauth2(Tokens.orgRepresentative("org-someone-else"))
                .get("/portal/issued-notices/" + noticeId + "/requirements"));
        refused(403, null, () -> given().auth().oauth2(Tokens.caseworker()).get("/portal/issued-notices/" + noticeId + "/requirements"));
    }

    @Test
    void anotherOrganisationSeesNoSuchNoticeAndADraftIsNotShown() {
        refused(404, null, () -> claim(Tokens.orgRepresentative("org-someone-else"), noticeId, PRIVILEGE));
        refused(404, null, () -> given().auth().oauth2(Tokens.orgRepresentative("org-someone-else"))
                .get("/portal/issued-notices/" + noticeId + "/restriction-claims"));
        UUID draft = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        refused(404, null, () -> claim(Tokens.orgRepresentative(ORG), draft, PRIVILEGE));
        refused(404, null, () -> claim(Tokens.orgRepresentative(ORG), UUID.randomUUID(), PRIVILEGE));
    }

    @Test
    void badClaimsAndClaimsByStaffAreRefused() {
        refused(400, null, () -> claim(Tokens.orgRepresentative(ORG), noticeId,
                "{\"ground\":\"INCONVENIENCE\",\"statement\":\"We are busy.\"}"));
        refused(400, null, () -> claim(Tokens.orgRepresentative(ORG), noticeId,
                "{\"ground\":\"SELF_INCRIMINATION\",\"statement\":\" \"}"));
        refused(403, null, () -> claim(Tokens.caseworker(), noticeId, PRIVILEGE));
        refused(403, null, () -> given().auth().oauth2(Tokens.orgRepresentative(ORG)).contentType(ContentType.JSON)
                .body("{\"accepted\":true,\"note\":\"ok\"}")
                .post("/restriction-claims/" + UUID.randomUUID() + "/view"));
    }

    /** s.145: the application to the court and the order made, recorded with the court and the day. */
    @Test
    void aCaseworkerRecordsTheInformationOrderSteps() {
        clock.setLondon(LocalDateTime.of(2024, 9, 20, 10, 0));
        order(Tokens.caseworker("caseworker-ada"), noticeId,
                "{\"stage\":\"APPLIED\",\"court\":\"High Court, King's Bench Division\",\"on\":\"2024-09-19\"}")
                .then().statusCode(201).body("stage", equalTo("APPLIED")).body("recordedBy", equalTo("caseworker-ada"));
        order(Tokens.decisionMaker(), noticeId, "{\"stage\":\"MADE\",\"court\":\"High Court, King's Bench Division\","
                + "\"on\":\"2024-09-20\",\"courtReference\":\"KB-2024-001234\"}").then().statusCode(201);
        assertThat(AuditEntries.of(noticeId, "notice.information-order-recorded"), hasSize(2));
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + noticeId + "/information-orders").then()
                .statusCode(200).body("stage", equalTo(java.util.List.of("APPLIED", "MADE")));
    }

    @Test
    void anOrderStepOutOfRangeOrOnAnotherKindOfNoticeOrByTheWrongRoleIsRefused() {
        assertThat(refused(422, "court-step-date", () -> order(Tokens.caseworker(), noticeId,
                "{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-08\"}")).path("rule"),
                equalTo("DPA 2018 s.145(1)"));
        refused(422, "court-step-date", () -> order(Tokens.caseworker(), noticeId,
                "{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-06\"}"));
        refused(400, null, () -> order(Tokens.caseworker(), noticeId, "{\"stage\":\"APPLIED\",\"court\":\"\",\"on\":\"2024-08-07\"}"));
        refused(403, null, () -> order(Tokens.auditor(), noticeId,
                "{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-07\"}"));
        refused(403, null, () -> order(Tokens.orgRepresentative(ORG), noticeId,
                "{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-07\"}"));
        UUID assessment = NoticeApi.drafted(InvestigatoryRequests.assessmentNotice(caseId, "2024-09-10", false, true));
        refused(409, "not-an-issued-information-notice", () -> order(Tokens.caseworker(), assessment,
                "{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-07\"}"));
        refused(404, null, () -> order(Tokens.caseworker(), UUID.randomUUID(),
                "{\"stage\":\"APPLIED\",\"court\":\"High Court\",\"on\":\"2024-08-07\"}"));
    }
}
