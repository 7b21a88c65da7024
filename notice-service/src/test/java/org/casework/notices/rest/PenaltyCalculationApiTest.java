package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PenaltyCalculationApiTest {

    @Test
    void answersEveryStepWithItsValueRangeReasonAndExplanationAndChangesNothing() {
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(NoticeRequests.PENALTY_CALCULATION)
                .post("/penalty-calculations").then().statusCode(200)
                .body("amount.amount", equalTo("3845400.00"))
                .body("amount.currency", equalTo("GBP"))
                .body("maximum.applicable.amount", equalTo("8700000.00"))
                .body("maximum.turnoverBased", equalTo(false))
                .body("steps", hasSize(5))
                .body("steps[0].chosen", equalTo("52%"))
                .body("steps[0].range", equalTo("20%–100%"))
                .body("steps[0].reason", containsString("NCSC"))
                .body("steps[1].range", equalTo("50%–100%"))
                .body("steps[2].explanation", containsString("£3,845,400.00"))
                .body("summary", containsString("£3,845,400.00"));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void appliesASettlementDiscountForAPreview() {
        given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body(NoticeRequests.PENALTY_CALCULATION.replace("\"factors\":[]",
                        "\"factors\":[],\"settlement\":{\"percent\":\"20\",\"reason\":\"settled after representations\"}"))
                .post("/penalty-calculations").then().statusCode(200)
                .body("amount.amount", equalTo("3076320.00"))
                .body("steps", hasSize(6));
    }

    @Test
    void makesNoTurnoverAdjustmentWhenAReasonIsGivenWithoutAPercent() {
        // Fining Guidance step 2 is discretionary: £8.7m × 52% = £4,524,000.00 with no adjustment
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(NoticeRequests.PENALTY_CALCULATION.replace(
                        "\"turnoverAdjustment\":{\"percent\":\"85\",",
                        "\"turnoverAdjustment\":{"))
                .post("/penalty-calculations").then().statusCode(200)
                .body("steps[1].chosen", equalTo("none"))
                .body("amount.amount", equalTo("4524000.00"));
    }

    @Test
    void aPersonThatIsNotAnUndertakingFacesTheFixedMaximumAndATurnoverForItIsRefused() {
        String notAnUndertaking = NoticeRequests.PENALTY_CALCULATION
                .replace("\"worldwideTurnover\":{\"amount\":\"300000000.00\",\"currency\":\"GBP\"},", "")
                .replaceFirst("\"turnoverAdjustment\":\\{[^}]*\\},", "")
                .replace("\"factors\":[]", "\"factors\":[],\"undertaking\":false");
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(notAnUndertaking)
                .post("/penalty-calculations").then().statusCode(200)
                .body("maximum.applicable.amount", equalTo("8700000.00"))
                .body("maximum.turnoverAmount", equalTo(null))
                .body("steps[1].chosen", equalTo("none"))
                .body("amount.amount", equalTo("4524000.00"));
        RowCounts before = RowCounts.of(NoticeApi.TABLES);
        given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON)
                .body(NoticeRequests.PENALTY_CALCULATION.replace("\"factors\":[]", "\"factors\":[],\"undertaking\":false"))
                .post("/penalty-calculations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:casework:problem:penalty-rule"))
                .body("errors[0].field", equalTo("worldwideTurnover"));
        assertThat(before.again(), equalTo(before));
    }
}
