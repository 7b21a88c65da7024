package org.casework.notices.appeal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.notices.AuditEntries;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.notices.Penalties;
import org.casework.platform.digest.Sha256;
import org.casework.testing.Problems;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Variation (DPA 2018 Sch 16 para 7) and cancellation (para 8) of an issued penalty notice by the regulator. */
@QuarkusTest
class PenaltyChangeApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response change(String token, UUID noticeId, String what, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/notices/" + noticeId + "/" + what);
    }

    @Test
    void aVariationLowersTheAmountLengthensThePeriodAndKeepsTheOriginalAndItsDocument() throws IOException {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        String originalSha = NoticeApi.read(penalty).path("documentSha256");
        clock.setLondon(LocalDateTime.of(2024, 9, 12, 10, 0));
        Response varied = change(Tokens.decisionMaker("decision-maker-grace"), penalty, "variation", Penalties.etag(penalty),
                "{\"amount\":{\"amount\":\"3500000.00\",\"currency\":\"GBP\"},\"paymentDays\":56,"
                        + "\"reasons\":\"The organisation's evidence of its containment\"}");
        varied.then().statusCode(200)
                .body("amount.amount", is("3500000.00"))
                .body("originalAmount.amount", is("3845400.00"))
                .body("paymentDueOn", is("2024-10-27"))
                .body("paymentDays", is(56))
                .body("documentSha256", is(originalSha))
                .body("variations", hasSize(1))
                .body("variations[0].source", is("REGULATOR"))
                .body("variations[0].amountBefore.amount", is("3845400.00"))
                .body("variations[0].amountAfter.amount", is("3500000.00"))
                .body("variations[0].paymentDueOnBefore", is("2024-09-29"))
                .body("variations[0].paymentDueOnAfter", is("2024-10-27"))
                .body("variations[0].variedBy", is("decision-maker-grace"));
        String variationId = varied.path("variations[0].id");
        Response pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + penalty + "/variations/" + variationId + "/document");
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        assertThat(Sha256.hex(bytes), is(varied.path("variations[0].documentSha256").toString()));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text, containsString("Penalty variation notice"));
            assertThat(text, containsString("£3,500,000.00 instead of £3,845,400.00"));
            assertThat(text, containsString("27 October 2024"));
        }
        byte[] original = given().auth().oauth2(Tokens.auditor()).get("/notices/" + penalty + "/document").asByteArray();
        assertThat(Sha256.hex(original), is(originalSha));
        AuditEntries.Entry entry = AuditEntries.exactlyOne(penalty, "notice.varied");
        assertThat(entry.subject(), is("decision-maker-grace"));
        given().get("/register").then().body("items.find { it.id == '" + penalty + "' }.amount.amount", is("3500000.00"))
                .body("items.find { it.id == '" + penalty + "' }.varied", is(true));
        AppealApiTest.refused(404, null, () -> given().auth().oauth2(Tokens.auditor())
                .get("/notices/" + UUID.randomUUID() + "/variations/" + variationId + "/document"));
    }

    /** Sch 16 para 7(3): never a higher amount nor a shorter period; para 7(2)(b): it must change something. */
    @Test
    void aVariationToThePersonsDetrimentOrChangingNothingIsRefusedAndChangesNothing() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        String dm = Tokens.decisionMaker();
        String first = Penalties.etag(penalty);
        // para 6(2) first: a period under 28 days is refused as such
        AppealApiTest.refused(422, "payment-period-too-short", () -> change(dm, penalty, "variation",
                first, "{\"paymentDays\":27,\"reasons\":\"r\"}"));
        change(dm, penalty, "variation", first, "{\"paymentDays\":56,\"reasons\":\"More time\"}")
                .then().statusCode(200);
        String etag = Penalties.etag(penalty);
        Response higher = AppealApiTest.refused(422, "variation-to-detriment", () -> change(dm, penalty, "variation", etag,
                "{\"amount\":{\"amount\":\"3845400.01\",\"currency\":\"GBP\"},\"reasons\":\"r\"}"));
        assertThat(higher.path("rule"), is("DPA 2018 Sch 16 para 7(3)"));
        AppealApiTest.refused(422, "variation-to-detriment", () -> change(dm, penalty, "variation", etag,
                "{\"paymentDays\":40,\"reasons\":\"r\"}"));
        AppealApiTest.refused(422, "variation-changes-nothing", () -> change(dm, penalty, "variation", etag,
                "{\"amount\":{\"amount\":\"3845400\",\"currency\":\"GBP\"},\"paymentDays\":56,\"reasons\":\"r\"}"));
        AppealApiTest.refused(422, "variation-changes-nothing", () -> change(dm, penalty, "variation", etag, "{\"reasons\":\"r\"}"));
        AppealApiTest.refused(400, null, () -> change(dm, penalty, "variation", etag,
                "{\"amount\":{\"amount\":\"-1\",\"currency\":\"GBP\"},\"reasons\":\"r\"}"));
        AppealApiTest.refused(400, null, () -> change(dm, penalty, "variation", etag, "{\"paymentDays\":60}"));
        AppealApiTest.refused(428, null, () -> change(dm, penalty, "variation", null, "{\"paymentDays\":60,\"reasons\":\"r\"}"));
        AppealApiTest.refused(412, null, () -> change(dm, penalty, "variation", "\"999\"", "{\"paymentDays\":60,\"reasons\":\"r\"}"));
        AppealApiTest.refused(403, null, () -> change(Tokens.caseworker(), penalty, "variation", etag,
                "{\"paymentDays\":60,\"reasons\":\"r\"}"));
        AppealApiTest.refused(403, null, () -> change(Tokens.caseworker(), penalty, "cancellation", etag, "{\"reasons\":\"r\"}"));
        AppealApiTest.refused(400, null, () -> change(dm, penalty, "cancellation", etag, "{}"));
        AppealApiTest.refused(404, null, () -> change(dm, UUID.randomUUID(), "cancellation", etag, "{\"reasons\":\"r\"}"));
    }

    /** Sch 16 para 8: the cancelled notice leaves the register and bars a further penalty notice (para 8(2)(a)). */
    @Test
    void aCancellationEndsThePenaltyAndBarsAnotherPenaltyNoticeOnTheCase() {
        UUID caseId = UUID.randomUUID();
        UUID penalty = Penalties.issued(clock, caseId);
        clock.setLondon(LocalDateTime.of(2024, 9, 12, 10, 0));
        UUID second = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        change(Tokens.decisionMaker("decision-maker-grace"), penalty, "cancellation", Penalties.etag(penalty),
                "{\"reasons\":\"New evidence shows the failure was the processor's\"}").then().statusCode(200)
                .body("status", is("CANCELLED"))
                .body("cancellation.source", is("REGULATOR"))
                .body("cancellation.cancelledBy", is("decision-maker-grace"))
                .body("cancellation.cancelledOn", is("2024-09-12"))
                .body("cancellation.reasons", is("New evidence shows the failure was the processor's"));
        AuditEntries.exactlyOne(penalty, "notice.cancelled");
        given().get("/register").then().body("items.id", not(hasItem(penalty.toString())));
        String etag = Penalties.etag(penalty);
        AppealApiTest.refused(409, "notice-not-cancellable", () -> change(Tokens.decisionMaker(), penalty, "cancellation",
                etag, "{\"reasons\":\"again\"}"));
        AppealApiTest.refused(409, "notice-not-variable", () -> change(Tokens.decisionMaker(), penalty, "variation",
                etag, "{\"paymentDays\":60,\"reasons\":\"r\"}"));
        AppealApiTest.refused(409, "penalty-cancelled", () -> NoticeApi.draft(NoticeRequests.penaltyNotice(caseId)));
        Response issue = NoticeApi.issue(second);
        Problems.assertProblem(issue, 409);
        assertThat(issue.<String>path("type"), endsWith("penalty-cancelled"));
        NoticeApi.read(second).then().body("status", is("DRAFT"));
    }
}
