package org.casework.notifications.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.casework.notifications.Contacts;
import org.casework.platform.security.Roles;
import org.casework.testing.RoleMatrix;
import org.casework.testing.RoleMatrix.Operation;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every operation of notification-service as every kind of caller: staff read, caseworkers keep the register,
 * organisations and machine clients reach nothing (a representative must not read another organisation's contacts,
 * nor its own through this staff API); people without MFA, and callers without a token, get 401.
 */
@QuarkusTest
class NotificationAuthorizationTest {

    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();
    static final String CW = Roles.CASEWORKER;
    static final String DM = Roles.DECISION_MAKER;
    static final String AU = Roles.AUDITOR;

    private static String organisation() {
        return "org-authz-" + ORGANISATIONS.incrementAndGet();
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("GET /organisations/{organisationId}/contacts", Set.of(CW, DM, AU),
                        r -> r.get("/organisations/" + organisation() + "/contacts")),
                new Operation("PUT /organisations/{organisationId}/contacts", Set.of(CW),
                        r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                                .body(Contacts.body(Contacts.one("A", "a@authz.example", "DPO", true)))
                                .put("/organisations/" + organisation() + "/contacts")),
                new Operation("GET /notifications", Set.of(CW, DM, AU), r -> r.get("/notifications")));
    }

    static Stream<Arguments> operationsAndCallers() {
        return RoleMatrix.everyCaller(operations());
    }

    private static RowCounts rows() {
        return RowCounts.of("contact_list", "contact", "notification");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("operationsAndCallers")
    void eachCallerIsAllowedExactlyWhereRuledAndARefusalChangesNothing(Operation op, String caller) {
        RoleMatrix.assertAllowedExactlyWhereRuled(op, caller, "org-nhs-supplier", NotificationAuthorizationTest::rows);
    }

    static Stream<Arguments> operationsAndBadTokens() {
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations()) {
            rows.add(Arguments.of(op, "staff without MFA", Tokens.person("staff", CW, DM, AU).acr("1").sign(),
                    "insufficient_user_authentication"));
            rows.add(Arguments.of(op, "an organisation user without MFA", Tokens.person("rep", Roles.ORG_REPRESENTATIVE)
                    .orgId("org-nhs-supplier").acr("1").sign(), "insufficient_user_authentication"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("operationsAndBadTokens")
    void aPersonWithoutMfaIsRefusedWith401(Operation op, String what, String token, String error) {
        RoleMatrix.assertUnauthenticated(op.refusedAs(token), error);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void noTokenIsRefusedWith401(Operation op) {
        RoleMatrix.assertChallenged(op.withoutToken());
    }
}
