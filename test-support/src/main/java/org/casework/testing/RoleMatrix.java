package org.casework.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.casework.platform.security.Roles;
import org.junit.jupiter.params.provider.Arguments;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every service's authorisation test shares: an operation with the roles that may call it, each
 * role's MFA token, and the checks that an allowed role gets through and every other caller is refused.
 * The table of operations stays in each service's test, beside the code it rules.
 */
public final class RoleMatrix {

    /**
     * The callers a token can stand for, in the order the tests report them: each person role, and one
     * caller per service client (each holds {@code service} and its own {@code client:} role).
     */
    public static final List<String> ROLES = List.of(Roles.CASEWORKER, Roles.DECISION_MAKER, Roles.AUDITOR,
            Roles.ORG_REPRESENTATIVE, Roles.CASE_SERVICE_CLIENT, Roles.NOTICE_SERVICE_CLIENT,
            Roles.REPRESENTATION_SERVICE_CLIENT);

    private RoleMatrix() {
    }

    /** One operation: how to call it on something that exists, and which roles may. */
    public record Operation(String name, Set<String> allowed, Function<RequestSpecification, Response> call) {

        public Response as(String token) {
            return call.apply(given().auth().oauth2(token));
        }

        public Response withoutToken() {
            return call.apply(given());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every operation paired with every role, for a parameterised test. */
    public static Stream<Arguments> everyRole(List<Operation> operations) {
        return operations.stream().flatMap(op -> ROLES.stream().map(role -> Arguments.of(op, role)));
    }

    /** A valid MFA token for the role; an organisation's representative acts for {@code organisation}. */
    public static String tokenFor(String role, String organisation) {
        return switch (role) {
            case Roles.CASEWORKER -> Tokens.caseworker();
            case Roles.DECISION_MAKER -> Tokens.decisionMaker();
            case Roles.AUDITOR -> Tokens.auditor();
            case Roles.ORG_REPRESENTATIVE -> Tokens.orgRepresentative(organisation);
            case Roles.CASE_SERVICE_CLIENT, Roles.NOTICE_SERVICE_CLIENT, Roles.REPRESENTATION_SERVICE_CLIENT ->
                Tokens.serviceClient(role.substring(Roles.CLIENT_PREFIX.length())).sign();
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** An allowed role succeeds; any other role is refused with a 403 problem. */
    public static void assertAllowedExactlyWhereRuled(Operation op, String role, String organisation) {
        Response response = op.as(tokenFor(role, organisation));
        if (op.allowed().contains(role)) {
            assertThat(response.asString(), response.statusCode(), allOf(greaterThanOrEqualTo(200), lessThan(300)));
        } else {
            Problems.assertProblem(response, 403);
        }
    }

    /** A token that proves nothing: a 401 problem with a Bearer challenge naming {@code error}. */
    public static void assertUnauthenticated(Response response, String error) {
        Problems.assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate"), allOf(startsWith("Bearer"), containsString("error=\"" + error + "\"")));
    }

    /** No token at all: a 401 problem with a Bearer challenge. */
    public static void assertChallenged(Response response) {
        Problems.assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate"), startsWith("Bearer"));
    }
}
