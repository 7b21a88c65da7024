package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.NoticeApi;
import org.casework.notices.Penalties;
import org.casework.notices.fee.FeePenaltyFiles;
import org.casework.platform.digest.Sha256;
import org.casework.testing.Problems;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The organisation's notices as given, of every kind, at notice-service's own portal prefix: the list (what each
 * requires and by when, newest first, keyset-paged), one notice, its PDF; fixed penalties for an unpaid fee among them.
 */
@QuarkusTest
class PortalIssuedNoticeApiTest {

    /** Saturday 10 May 2025. */
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 10);

    @Inject
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setLondon(TODAY.atTime(10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String organisation() {
        return "org-portal-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A notice given to {@code org} on {@code givenOn}, written as an issue leaves it, then made of this kind. */
    private static UUID notice(String org, LocalDate givenOn, String assignment) {
        UUID id = Penalties.issued(givenOn, "1000.00", org);
        if (assignment != null) {
            Penalties.set(id, assignment);
        }
        return id;
    }

    /** A fixed penalty for an unpaid fee of {@code org}, its notice of intent given today (the service's clock). */
    private static String feePenalty(String org) {
        byte[] csv = ("organisation_id,organisation_name,reference,tier,charge_period_start,aggravated_amount,"
                + "aggravation_reason\r\n" + org + ",\"Portal Test Ltd\",ZA" + Math.abs(org.hashCode() % 1000000)
                + ",1,2024-04-01,,\r\n").getBytes(StandardCharsets.UTF_8);
        String batch = FeePenaltyFiles.upload(csv).then().statusCode(201).extract().path("id");
        return Sql.queryString("select id::text from fee_penalty where batch_id = ?", UUID.fromString(batch));
    }

    private static Response as(String org, String path) {
        return given().auth().oauth2(Tokens.orgRepresentative(org)).get(path);
    }

    private static List<Map<String, Object>> allPages(String org, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(Tokens.orgRepresentative(org)).queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/portal/issued-notices").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> pageItems = page.getList("items");
            assertThat(pageItems.size(), lessThanOrEqualTo(limit));
            items.addAll(pageItems);
            after = page.getString("next");
        } while (after != null);
        return items;
    }

    @Test
    void theListShowsEveryKindGivenToTheOrganisationNewestFirstWithWhatItRequiresAndByWhen() {
        String org = organisation();
        UUID penalty = notice(org, LocalDate.of(2025, 3, 26), null);
        UUID reprimand = notice(org, LocalDate.of(2025, 4, 1), "type = 'REPRIMAND', amount = null, payment_due_on = null, "
                + "appeal_due_on = null");
        UUID intent = notice(org, LocalDate.of(2025, 5, 1), "type = 'NOTICE_OF_INTENT', payment_due_on = null, "
                + "appeal_due_on = null, representations_due_on = '2025-05-21'");
        UUID information = notice(org, LocalDate.of(2025, 5, 5), "type = 'INFORMATION_NOTICE', amount = null, "
                + "payment_due_on = null, appeal_due_on = '2025-06-02', required_by = '2025-06-30'");
        UUID draft = notice(org, LocalDate.of(2025, 5, 6), "status = 'DRAFT'");
        UUID otherOrganisations = notice(organisation(), LocalDate.of(2025, 5, 7), null);
        String fee = feePenalty(org);

        List<Map<String, Object>> items = allPages(org, 2);

        assertThat(items.stream().map(i -> i.get("id")).toList(), equalTo(List.of(fee, information.toString(),
                intent.toString(), reprimand.toString(), penalty.toString())));
        assertThat(items.stream().map(i -> i.get("id")).toList(), not(hasItem(draft.toString())));
        assertThat(items.stream().map(i -> i.get("id")).toList(), not(hasItem(otherOrganisations.toString())));
        Map<String, Object> f = items.get(0);
        assertThat(f.get("kind"), equalTo("FIXED_PENALTY_NOTICE_OF_INTENT"));
        assertThat((String) f.get("kindInWords"), containsString("unpaid data protection fee"));
        assertThat(f.get("givenOn"), equalTo("2025-05-10"));
        assertThat((String) f.get("requires"), containsString("Pay the data protection fee of £40.00"));
        assertThat(f.get("actBy"), equalTo("2025-05-30"));
        assertThat(((Map<?, ?>) f.get("links")).get("document"), equalTo("/portal/issued-notices/" + fee + "/document"));
        Map<String, Object> inf = items.get(1);
        assertThat(inf.get("kindInWords"), equalTo("Information notice"));
        // the appeal period ends first: an information notice cannot require the information before it (s.142(5))
        assertThat(inf.get("actBy"), equalTo("2025-06-02"));
        assertThat((String) inf.get("requires"), containsString("Provide the information the notice asks for by 30 June 2025"));
        assertThat(((Map<?, ?>) inf.get("links")).get("restriction-claims"),
                equalTo("/portal/issued-notices/" + information + "/restriction-claims"));
        Map<String, Object> noi = items.get(2);
        assertThat(noi.get("actBy"), equalTo("2025-05-21"));
        assertThat(((Map<?, ?>) noi.get("links")).get("representations"), equalTo("/portal/notices/" + intent));
        assertThat(items.get(3).get("actBy"), nullValue());
        assertThat(items.get(3).get("requires"), equalTo("Nothing is required of you"));
        Map<String, Object> pn = items.get(4);
        // payment was due on 22 April 2025 and the appeal period has ended: nothing lies ahead to act by
        assertThat((String) pn.get("requires"), startsWith("Pay the penalty of £1,000.00 by 22 April 2025"));
        assertThat(pn.get("actBy"), nullValue());
        assertThat(((Map<?, ?>) pn.get("links")).get("account"), equalTo("/portal/issued-notices/" + penalty + "/account"));
        assertThat(AuditEntries.of(org, "notice.portal-listed").size(), equalTo(3));
    }

    @Test
    void aBadCursorOrLimitIsA400ProblemThatChangesNothing() {
        String org = organisation();
        notice(org, LocalDate.of(2025, 3, 26), null);
        long before = AuditEntries.lastSeq();
        for (Map.Entry<String, String> bad : List.of(Map.entry("after", "not-a-cursor"), Map.entry("after",
                Base64.getUrlEncoder().encodeToString("2025-01-01".getBytes(StandardCharsets.UTF_8))),
                Map.entry("limit", "0"), Map.entry("limit", "201"), Map.entry("limit", "ten"))) {
            Response r = given().auth().oauth2(Tokens.orgRepresentative(org)).queryParam(bad.getKey(), bad.getValue())
                    .get("/portal/issued-notices");
            Problems.assertProblem(r, 400);
            assertThat(r.jsonPath().getString("errors[0].field"), equalTo(bad.getKey()));
        }
        Problems.assertProblem(given().auth().oauth2(Tokens.orgRepresentative(org)).queryParam("step", "appeal")
                .get("/portal/issued-notices/" + UUID.randomUUID() + "/document"), 400);
        assertThat(AuditEntries.after(before), equalTo(List.of()));
    }

    @Test
    void onlyARepresentativeWithAnOrganisationMayReadThePortalList() {
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).get("/portal/issued-notices"), 403);
        Problems.assertProblem(given().auth().oauth2(Tokens.auditor()).get("/portal/issued-notices"), 403);
        Problems.assertProblem(given().get("/portal/issued-notices"), 401);
        String noOrganisation = Tokens.person("rep-without-org", "org-representative").sign();
        Problems.assertProblem(given().auth().oauth2(noOrganisation).get("/portal/issued-notices"), 403);
    }

    @Test
    void readingOneNoticeIsAnAuditedReadWithItsDatesAndDocuments() {
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        Response r = as(Penalties.ORGANISATION, "/portal/issued-notices/" + noi);
        r.then().statusCode(200)
                .body("notice.id", equalTo(noi.toString()))
                .body("notice.kind", equalTo("NOTICE_OF_INTENT"))
                .body("notice.kindInWords", equalTo("Notice of intent"))
                .body("documents[0].step", equalTo("notice"))
                .body("documents[0].sha256", equalTo(Sql.queryString("select sha256 from notice_document where "
                        + "notice_id = ?", noi)));
        assertThat(r.asString(), not(containsString("caseworker-ada")));
        AuditEntries.Entry read = AuditEntries.exactlyOne(noi, "notice.portal-read");
        assertThat(read.subject(), equalTo("rep-of-" + Penalties.ORGANISATION));
    }

    @Test
    void theNoticePdfComesWithItsSha256AsTheRegulatorsDownloadDoesAndIsAudited() {
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        Response pdf = as(Penalties.ORGANISATION, "/portal/issued-notices/" + noi + "/document");
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        String sha = Sha256.hex(bytes);
        assertThat(pdf.header("ETag"), equalTo("\"" + sha + "\""));
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha));
        assertThat(pdf.header("Digest"), equalTo("sha-256=" + base64));
        assertThat(pdf.header("Repr-Digest"), equalTo("sha-256=:" + base64 + ":"));
        Response staff = given().auth().oauth2(Tokens.auditor()).get("/notices/" + noi + "/document");
        assertThat(staff.header("ETag"), equalTo(pdf.header("ETag")));
        assertThat(AuditEntries.of(noi, "notice.document-read").stream()
                .filter(e -> e.subject().equals("rep-of-" + Penalties.ORGANISATION)).count(), equalTo(1L));
        Problems.assertProblem(as(Penalties.ORGANISATION, "/portal/issued-notices/" + noi + "/document?step=penalty-notice"),
                400);
    }

    @Test
    void anotherOrganisationsNoticeOrFixedPenaltyIsNotFoundExactlyLikeAMissingOne() {
        UUID noi = NoticeApi.issuedNoticeOfIntent(UUID.randomUUID());
        String fee = feePenalty(organisation());
        UUID missing = UUID.randomUUID();
        String outsider = organisation();
        for (String suffix : List.of("", "/document")) {
            Response none = Problems.assertProblem(as(outsider, "/portal/issued-notices/" + missing + suffix), 404);
            String expected = none.asString().replace(missing.toString(), "ID");
            for (String theirs : List.of(noi.toString(), fee)) {
                Response other = Problems.assertProblem(as(outsider, "/portal/issued-notices/" + theirs + suffix), 404);
                assertThat(other.asString().replace(theirs, "ID"), equalTo(expected));
            }
        }
        assertThat(AuditEntries.of(noi, "notice.portal-read"), equalTo(List.of()));
        assertThat(AuditEntries.about(fee), equalTo(List.of()));
        // the old prefix is representation-service's alone: notice-service no longer answers it
        Problems.assertProblem(as(Penalties.ORGANISATION, "/portal/notices/" + noi + "/requirements"), 404);
    }

    @Test
    void aFixedPenaltysNoticesAreReproduciblePdfsWithTheirSha256InThePortalAndForTheRegulator() throws Exception {
        String org = organisation();
        String fee = feePenalty(org);
        Response first = as(org, "/portal/issued-notices/" + fee + "/document");
        first.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = first.asByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1), equalTo("%PDF-"));
        String sha = Sha256.hex(bytes);
        assertThat(first.header("ETag"), equalTo("\"" + sha + "\""));
        assertThat(first.header("Digest"), equalTo("sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of()
                .parseHex(sha))));
        Response again = as(org, "/portal/issued-notices/" + fee + "/document?step=notice-of-intent");
        assertThat(Sha256.hex(again.asByteArray()), equalTo(sha));
        Response staff = given().auth().oauth2(Tokens.caseworker()).get("/fee-penalties/" + fee + "/document");
        assertThat(Sha256.hex(staff.asByteArray()), equalTo(sha));
        assertThat(AuditEntries.of(fee, "fee-penalty.document-read").size(), equalTo(3));
        as(org, "/portal/issued-notices/" + fee).then().statusCode(200)
                .body("notice.kind", equalTo("FIXED_PENALTY_NOTICE_OF_INTENT"))
                .body("charge.amount", equalTo("40.00"))
                .body("documents.size()", equalTo(1))
                .body("documents[0].sha256", equalTo(sha));
        AuditEntries.exactlyOne(fee, "fee-penalty.portal-read");
        long before = AuditEntries.lastSeq();
        Problems.assertProblem(as(org, "/portal/issued-notices/" + fee + "/document?step=penalty-notice"), 409);
        Problems.assertProblem(given().auth().oauth2(Tokens.caseworker()).queryParam("step", "decision")
                .get("/fee-penalties/" + fee + "/document"), 400);
        assertThat(AuditEntries.after(before), equalTo(List.of()));

        // the penalty notice given (Sch 16 para 4: after the representations period), due 28 days later (para 6(2))
        clock.setLondon(LocalDateTime.of(2025, 6, 2, 10, 0));
        given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).post("/fee-penalties/" + fee + "/penalty-notice")
                .then().statusCode(200);
        Response pn = as(org, "/portal/issued-notices/" + fee + "/document");
        assertThat(Sha256.hex(pn.asByteArray()), not(equalTo(sha)));
        assertThat(Sha256.hex(as(org, "/portal/issued-notices/" + fee + "/document?step=notice-of-intent").asByteArray()),
                equalTo(sha));
        Map<String, Object> item = allPages(org, 50).get(0);
        assertThat(item.get("kind"), equalTo("FIXED_PENALTY_NOTICE"));
        assertThat(item.get("givenOn"), equalTo("2025-06-02"));
        assertThat(item.get("actBy"), equalTo("2025-06-29"));
        assertThat((String) item.get("requires"), startsWith("Pay the penalty of £400.00 by 29 June 2025"));
    }
}
