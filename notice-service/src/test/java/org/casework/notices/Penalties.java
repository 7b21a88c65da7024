package org.casework.notices;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.casework.testing.TestClock;
import org.casework.testing.Tokens;

import io.restassured.http.ContentType;

/**
 * Issued penalty notices for the appeal, variation and cancellation tests: the reference case's notice of intent
 * given 7 Aug 2024, the penalty notice (£3,845,400, 28 days to pay) given 2 Sep 2024, its case DECIDED.
 */
public final class Penalties {

    public static final LocalDate GIVEN_ON = LocalDate.of(2024, 9, 2);

    private Penalties() {
    }

    public static UUID issued(TestClock clock, UUID caseId) {
        return issued(clock, caseId, false);
    }

    /** With {@code settled}, a 20 % settlement with the appeal waived: £3,076,320.00 due. */
    public static UUID issued(TestClock clock, UUID caseId, boolean settled) {
        clock.setLondon(LocalDateTime.of(2024, 8, 7, 10, 0));
        UUID noi = NoticeApi.issuedNoticeOfIntent(caseId);
        DownstreamStubs.window(noi, LocalDate.of(2024, 8, 27), 0, 0);
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        clock.setLondon(LocalDateTime.of(2024, 8, 30, 10, 0));
        UUID penalty = NoticeApi.drafted(NoticeRequests.penaltyNotice(caseId));
        if (settled) {
            given().auth().oauth2(Tokens.decisionMaker("decision-maker-grace")).contentType(ContentType.JSON)
                    .body("{\"stage\":\"AFTER_REPRESENTATIONS\",\"discountPercent\":\"20\",\"appealWaived\":true}")
                    .post("/notices/" + penalty + "/settlement").then().statusCode(200);
        }
        clock.setLondon(GIVEN_ON.atTime(11, 0));
        NoticeApi.issue(penalty).then().statusCode(200);
        DownstreamStubs.caseIs(caseId, "DECIDED", "caseworker-ada");
        return penalty;
    }

    public static String etag(UUID noticeId) {
        return NoticeApi.read(noticeId).then().statusCode(200).extract().header("ETag");
    }
}
