package org.casework.notices.payment;

import static io.restassured.RestAssured.given;
import static org.casework.notices.Penalties.pay;
import static org.casework.notices.payment.PaymentApiTest.refused;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.Penalties;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The dashboard's list and totals of penalty accounts, and the organisation's own account in the portal. */
@QuarkusTest
class AccountsDashboardAndPortalTest {

    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);

    @Inject
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setLondon(LocalDateTime.of(2025, 5, 10, 10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<String> allIds(String filter) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(Tokens.auditor()).queryParam("filter", filter).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/penalty-accounts").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.noticeId");
            assertThat(items.size(), lessThanOrEqualTo(2));
            ids.addAll(items);
            after = page.getString("next");
        } while (after != null);
        return ids;
    }

    private static Map<String, Object> totals() {
        return given().auth().oauth2(Tokens.caseworker()).get("/penalty-accounts/totals").then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal money(Map<String, Object> totals, String name) {
        return new BigDecimal(((Map<String, String>) totals.get(name)).get("amount"));
    }

    @Test
    void theListKeepsWhatEachFilterAsksForPageByPageAndTheTotalsAddUpExactly() {
        Map<String, Object> before = totals();
        UUID overdue = Penalties.issued(GIVEN, "1000.00");
        pay(overdue, "0.01", LocalDate.of(2025, 4, 1), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        UUID paid = Penalties.issued(GIVEN, "500.00");
        pay(paid, "500.00", LocalDate.of(2025, 4, 1), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        UUID notYetDue = Penalties.issued(LocalDate.of(2025, 5, 1), "200.00");
        UUID refund = Penalties.issued(GIVEN, "300.00");
        pay(refund, "300.00", LocalDate.of(2025, 4, 1), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        Penalties.set(refund, "status = 'CANCELLED'");

        List<String> overdueIds = allIds("OVERDUE");
        assertThat(overdueIds, hasItem(overdue.toString()));
        assertThat(overdueIds, not(hasItem(paid.toString())));
        assertThat(overdueIds, not(hasItem(notYetDue.toString())));
        assertThat(allIds("RECOVERY_POSSIBLE"), hasItem(overdue.toString()));
        List<String> outstanding = allIds("OUTSTANDING");
        assertThat(outstanding, hasItem(notYetDue.toString()));
        assertThat(outstanding, not(hasItem(paid.toString())));
        List<String> refunds = allIds("REFUND_DUE");
        assertThat(refunds, equalTo(refunds.stream().distinct().toList()));
        assertThat(refunds, hasItem(refund.toString()));
        assertThat(refunds, not(hasItem(overdue.toString())));

        Map<String, Object> after = totals();
        assertThat(money(after, "outstanding").subtract(money(before, "outstanding")), equalTo(new BigDecimal("1199.99")));
        assertThat(money(after, "overdueBalance").subtract(money(before, "overdueBalance")), equalTo(new BigDecimal("999.99")));
        assertThat(((Number) after.get("overdueCount")).longValue() - ((Number) before.get("overdueCount")).longValue(), equalTo(1L));
        assertThat(((Number) after.get("recoveriesPossible")).longValue()
                - ((Number) before.get("recoveriesPossible")).longValue(), equalTo(1L));
        assertThat(money(after, "refundsDue").subtract(money(before, "refundsDue")), equalTo(new BigDecimal("300.00")));
    }

    @Test
    void aBadFilterOrCursorIsA400() {
        refused(given().auth().oauth2(Tokens.auditor()).queryParam("filter", "LATE").get("/penalty-accounts"), 400,
                "invalid-request");
        refused(given().auth().oauth2(Tokens.auditor()).queryParam("after", "not-a-cursor").get("/penalty-accounts"), 400,
                "invalid-request");
        refused(given().auth().oauth2(Tokens.auditor()).queryParam("limit", "0").get("/penalty-accounts"), 400,
                "invalid-request");
    }

    @Test
    void theOrganisationSeesItsOwnAccountWithoutTheRegulatorsNotes() {
        UUID notice = Penalties.issued(GIVEN, "1000.00");
        pay(notice, "250.00", LocalDate.of(2025, 4, 1), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        Response own = given().auth().oauth2(Tokens.orgRepresentative(Penalties.ORGANISATION))
                .get("/portal/issued-notices/" + notice + "/account");
        own.then().statusCode(200)
                .body("amountDue.amount", equalTo("1000.00"))
                .body("paid.amount", equalTo("250.00"))
                .body("balance.amount", equalTo("750.00"))
                .body("paymentDueOn", equalTo("2025-04-22"))
                .body("workingDayPaymentDueOn", equalTo("2025-04-22"))
                .body("overdue", equalTo(true))
                .body("overdueSince", equalTo("2025-04-23"))
                .body("payments[0].recordedBy", nullValue());
        Map<String, Object> body = own.jsonPath().getMap("");
        assertThat(body, not(hasKey("recovery")));
        assertThat(body, not(hasKey("settlement")));
        AuditEntries.exactlyOne(notice, "notice.account-read");
    }

    @Test
    void anotherOrganisationsAccountIsNotFoundExactlyLikeAMissingOne() {
        UUID notice = Penalties.issued(GIVEN, "1000.00", "org-another");
        UUID missing = UUID.randomUUID();
        String token = Tokens.orgRepresentative(Penalties.ORGANISATION);
        Response other = given().auth().oauth2(token).get("/portal/issued-notices/" + notice + "/account");
        Response none = given().auth().oauth2(token).get("/portal/issued-notices/" + missing + "/account");
        refused(other, 404, "not-found");
        refused(none, 404, "not-found");
        assertThat(other.asString().replace(notice.toString(), "ID"), equalTo(none.asString().replace(missing.toString(), "ID")));
        assertThat(AuditEntries.about(notice), equalTo(List.of()));
    }
}
