package org.casework.notices.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.util.List;
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
 * Information notices (DPA 2018 s.142) and assessment notices (s.146-147) drafted and issued through the API: the
 * case stays where it is, no representation window opens, and every refusal changes nothing.
 */
@QuarkusTest
class InvestigatoryNoticeApiTest {

    @Inject
    TestClock clock;

    UUID caseId;

    @BeforeEach
    void investigating() {
        // given on Wed 7 Aug 2024: the appeal period ends Wed 4 Sep
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response refused(int status, String type, Supplier<Response> request) {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        Response r = Problems.assertProblem(request.get(), status);
        if (type != null) {
            assertThat(r.asString(), r.path("type").toString(), endsWith(type));
        }
        assertThat(before.again(), equalTo(before));
        return r;
    }

    private void assertCaseNotMovedAndNoWindowOpened(UUID noticeId) {
        DownstreamStubs.server().verify(0, postRequestedFor(urlEqualTo("/cases/" + caseId + "/transitions")));
        DownstreamStubs.server().verify(0, putRequestedFor(urlEqualTo("/internal/windows/" + noticeId)));
    }

    /** The notice moves no case, so case-service is asked to put it on the case's timeline instead. */
    private void assertPutOnTheCasesTimeline(UUID noticeId, String type, String reference) {
        // case-service lets only notice-service's client through that door: its token, acting for the issuer
        DownstreamStubs.server().verify(1, putRequestedFor(urlEqualTo("/internal/cases/" + caseId + "/notices/" + noticeId))
                .withHeader("Casework-On-Behalf-Of", com.github.tomakehurst.wiremock.client.WireMock.equalTo("decision-maker-grace"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"type\":\"" + type + "\",\"reference\":\"" + reference + "\"}")));
    }

    /** s.142(3)(c), (5): 30 days from 7 Aug 2024 is 5 Sep, the day after the appeal period ends; the case stays put. */
    @Test
    void anInformationNoticeIsIssuedWithItsDueDateAndTheCaseStaysInvestigating() {
        UUID id = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        NoticeApi.read(id).then().body("missingForIssue", equalTo(List.of())).body("type", equalTo("INFORMATION_NOTICE"))
                .body("information.basis", equalTo("SUSPECTED_FAILURE_OR_OFFENCE"));

        NoticeApi.issue(id).then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("issuedOn", equalTo("2024-08-07")).body("requiredBy", equalTo("2024-09-05"))
                .body("appealDueOn", equalTo("2024-09-04")).body("representationWindowOpenedAt", nullValue())
                .body("documentSha256", not(nullValue()));

        assertCaseNotMovedAndNoWindowOpened(id);
        assertPutOnTheCasesTimeline(id, "INFORMATION_NOTICE", NoticeApi.read(id).path("reference"));
        assertThat(AuditEntries.exactlyOne(id, "notice.issued").subject(), equalTo("decision-maker-grace"));
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + id + "/document").then().statusCode(200)
                .contentType("application/pdf");
        // never on the register: an information notice is not a published decision
        List<String> published = given().get("/register?limit=200").then().statusCode(200).extract().path("items.id");
        assertThat(published, not(hasItem(id.toString())));
    }

    /** s.142(7): urgent with reasons, due the day after giving. */
    @Test
    void anUrgentInformationNoticeIsDueTheNextDay() {
        UUID id = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 2, true));
        NoticeApi.issue(id).then().statusCode(200).body("requiredBy", equalTo("2024-08-08"));
    }

    @Test
    void aRepeatedIssueWithTheSameKeyAnswersTheSameNoticeAndAnotherKeyConflicts() {
        UUID id = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        String key = "issue-" + UUID.randomUUID();
        String token = Tokens.decisionMaker("decision-maker-grace");
        String issuedAt = NoticeApi.issue(id, token, key).then().statusCode(200).extract().path("issuedAt");
        NoticeApi.issue(id, token, key).then().statusCode(200).body("issuedAt", equalTo(issuedAt));
        refused(409, "already-issued", () -> NoticeApi.issue(id, token, "issue-" + UUID.randomUUID()));
        AuditEntries.exactlyOne(id, "notice.issued");
    }

    /** s.147(6): without the drafter's confirmation that the recipient is not an exempt body, issue is refused. */
    @Test
    void anAssessmentNoticeWithoutTheExemptBodyCheckIsRefusedThenIssuedOnceConfirmed() {
        UUID id = NoticeApi.drafted(InvestigatoryRequests.assessmentNotice(caseId, "2024-09-10", false, false));
        Response r = refused(422, "statutory-content-missing", () -> NoticeApi.issue(id));
        assertThat(r.jsonPath().getList("missing.part"), equalTo(List.of("assessment.recipientNotExempt")));
        assertThat(r.jsonPath().getList("missing.rule"), equalTo(List.of("DPA 2018 s.147(6)")));
        NoticeApi.read(id).then().body("status", equalTo("DRAFT"));

        String etag = NoticeApi.read(id).header("ETag");
        given().auth().oauth2(Tokens.caseworker("caseworker-ada")).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"assessment\":{\"recipientNotExempt\":true}}")
                .patch("/notices/" + id).then().statusCode(200)
                .body("assessment.exemptionConfirmedBy", equalTo("caseworker-ada"))
                .body("missingForIssue", equalTo(List.of()));

        NoticeApi.issue(id).then().statusCode(200).body("requiredBy", equalTo("2024-09-10"))
                .body("assessment.inspectAt", equalTo("10:00:00"));
        assertCaseNotMovedAndNoWindowOpened(id);
        assertPutOnTheCasesTimeline(id, "ASSESSMENT_NOTICE", NoticeApi.read(id).path("reference"));
        AuditEntries.exactlyOne(id, "notice.issued");
    }

    /** s.146(6): an inspection on the last day of the appeal period is too early; nothing changes. */
    @Test
    void anInspectionBeforeTheAppealPeriodEndsIsRefused() {
        UUID id = NoticeApi.drafted(InvestigatoryRequests.assessmentNotice(caseId, "2024-09-04", false, true));
        Response r = refused(422, "compliance-too-early", () -> NoticeApi.issue(id));
        assertThat(r.path("rule"), equalTo("DPA 2018 s.146(6)"));
        assertThat(r.path("earliestOn"), equalTo("2024-09-05"));
    }

    /** s.146(8): urgent with reasons, from the day after 7 days beginning when given (14 Aug), not before. */
    @Test
    void anUrgentInspectionNeedsSevenDays() {
        UUID early = NoticeApi.drafted(InvestigatoryRequests.assessmentNotice(caseId, "2024-08-13", true, true));
        assertThat(refused(422, "compliance-too-early", () -> NoticeApi.issue(early)).path("rule"),
                equalTo("DPA 2018 s.146(8)"));
        UUID id = NoticeApi.drafted(InvestigatoryRequests.assessmentNotice(caseId, "2024-08-14", true, true));
        NoticeApi.issue(id).then().statusCode(200).body("requiredBy", equalTo("2024-08-14"));
    }

    @Test
    void anInvestigatoryNoticeMayBeGivenOnAnOpenCaseButNotOnADecidedOne() {
        DownstreamStubs.caseIs(caseId, "OPEN", "caseworker-ada");
        UUID open = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        NoticeApi.issue(open).then().statusCode(200);
        DownstreamStubs.caseIs(caseId, "DECIDED", "caseworker-ada");
        UUID decided = NoticeApi.drafted(InvestigatoryRequests.informationNotice(caseId, 30, false));
        refused(409, "case-not-ready", () -> NoticeApi.issue(decided));
    }

    @Test
    void badDraftsAreRefusedAndNothingIsSaved() {
        // s.142(5): no day of giving allows fewer than 30 days without urgency
        Response shortPeriod = refused(422, "compliance-period-too-short",
                () -> NoticeApi.draft(InvestigatoryRequests.informationNotice(caseId, 10, false)));
        assertThat(shortPeriod.jsonPath().getList("errors.field"), hasItem("information.complianceDays"));
        // the terms of one kind on the other
        String mixed = InvestigatoryRequests.assessmentNotice(caseId, "2024-09-10", false, true)
                .replace("\"ASSESSMENT_NOTICE\"", "\"INFORMATION_NOTICE\"");
        Response misplaced = refused(422, "part-not-for-this-type", () -> NoticeApi.draft(mixed));
        assertThat(misplaced.jsonPath().getList("errors.field"), hasItem("assessment"));
        refused(400, null, () -> NoticeApi.draft(InvestigatoryRequests.assessmentNotice(caseId, "next tuesday", false,
                true)));
        refused(400, null, () -> NoticeApi.draft(InvestigatoryRequests.informationNotice(caseId, 30, false)
                .replace("SUSPECTED_FAILURE_OR_OFFENCE", "CURIOSITY")));
    }

    @Test
    void onlyStaffDraftAndOnlyADecisionMakerIssues() {
        String body = InvestigatoryRequests.informationNotice(caseId, 30, false);
        refused(403, null, () -> given().auth().oauth2(Tokens.orgRepresentative("org-nhs-supplier"))
                .contentType(ContentType.JSON).body(body).post("/notices"));
        refused(403, null, () -> given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(body)
                .post("/notices"));
        UUID id = NoticeApi.drafted(body);
        refused(403, null, () -> NoticeApi.issue(id, Tokens.caseworker("caseworker-bob"), "k-" + UUID.randomUUID()));
    }
}
