package org.casework.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /** A machine client no operation names: client credentials the suite never issued a role for. */
    public static final String UNKNOWN_CLIENT = Roles.CLIENT_PREFIX + "reporting-tool";
    /** A client-credentials token with role {@code service} but no {@code azp}: no client to authorise. */
    public static final String SERVICE_WITHOUT_CLIENT_ID = "service-without-azp";
    /** A person (MFA) whose token lists only {@code service}: it counts as the web client's machine identity. */
    public static final String PERSON_WITH_ONLY_SERVICE = "person-with-only-service";
    /** An organisation's representative whose token carries no {@code org_id}. */
    public static final String REPRESENTATIVE_WITHOUT_ORGANISATION = "org-representative-without-org_id";

    /** Every caller above: the roles and the impostors, which no operation may let through. */
    public static final List<String> EVERY_CALLER = Stream.concat(ROLES.stream(), Stream.of(UNKNOWN_CLIENT,
            SERVICE_WITHOUT_CLIENT_ID, PERSON_WITH_ONLY_SERVICE, REPRESENTATIVE_WITHOUT_ORGANISATION)).toList();

    /**
     * Each operation's target for refused callers, by the operation's identity: a test class's table is built once
     * per parameterised method, so a target serves that method's refused rows.
     */
    private static final Map<Operation, Function<RequestSpecification, Response>> REFUSED_TARGETS = Collections
            .synchronizedMap(new IdentityHashMap<>());

    private RoleMatrix() {
    }

    /**
     * One operation: how to call it on something that exists, and which roles may. {@code prepare} creates
     * what the call needs and answers the call itself, so a test can look at the state between the two.
     */
    public record Operation(String name, Set<String> allowed, Supplier<Function<RequestSpecification, Response>> prepare) {

        public Operation(String name, Set<String> allowed, Function<RequestSpecification, Response> call) {
            this(name, allowed, () -> call);
        }

        /** An operation on something {@code setup} creates first (a case, a window), outside the call itself. */
        public static <T> Operation on(String name, Set<String> allowed, Supplier<T> setup,
                BiFunction<RequestSpecification, T, Response> call) {
            return new Operation(name, allowed, () -> {
                T target = setup.get();
                return (Function<RequestSpecification, Response>) r -> call.apply(r, target);
            });
        }

        /** Prepares and calls at once. */
        public Function<RequestSpecification, Response> call() {
            return r -> prepare.get().apply(r);
        }

        /**
         * The call on one target that every caller who must be refused shares, prepared the first time it is asked
         * for. A refused call changes nothing, so the target stays as prepared for the next refused caller; and a
         * call let through by mistake is caught by its answer whichever target it had. An operation's target can
         * be slow to make (an issued notice renders its PDF) and most of a table's callers are refused.
         */
        public Function<RequestSpecification, Response> refusedCall() {
            return REFUSED_TARGETS.computeIfAbsent(this, op -> op.prepare.get());
        }

        /**
         * The call a caller in {@code role} makes: on a target of its own, prepared now, if the role may call the
         * operation; otherwise on the target refused callers share. Prepared before it is made, so a test can read
         * the state between the two.
         */
        public Function<RequestSpecification, Response> callFor(String role) {
            return allowed.contains(role) ? prepare.get() : refusedCall();
        }

        /** The call with {@code token}, on the target refused callers share: for a caller the operation must refuse. */
        public Response refusedAs(String token) {
            return refusedCall().apply(given().auth().oauth2(token));
        }

        /** Without a token, which every operation refuses: on the target refused callers share. */
        public Response withoutToken() {
            return refusedCall().apply(given());
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

    /** Every operation paired with every caller, impostors included. */
    public static Stream<Arguments> everyCaller(List<Operation> operations) {
        return operations.stream().flatMap(op -> EVERY_CALLER.stream().map(caller -> Arguments.of(op, caller)));
    }

    /**
     * Every machine identity but notice-service's, each with a name for reports: the other services' clients,
     * an unknown client, a service token without a client id, a person's MFA token with only {@code service},
     * a client that lists notice-service's role in its own token, and a client id that is not a plain name.
     */
    public static Stream<Arguments> machinesOtherThanNoticeService() {
        return Stream.of(
                Arguments.of("case-service's client", tokenFor(Roles.CASE_SERVICE_CLIENT, null)),
                Arguments.of("representation-service's client", tokenFor(Roles.REPRESENTATION_SERVICE_CLIENT, null)),
                Arguments.of("an unknown client", tokenFor(UNKNOWN_CLIENT, null)),
                Arguments.of("a service token without a client id", tokenFor(SERVICE_WITHOUT_CLIENT_ID, null)),
                Arguments.of("a person's MFA token with only the service role", tokenFor(PERSON_WITH_ONLY_SERVICE, null)),
                Arguments.of("case-service's client listing notice-service's role in its token",
                        Tokens.serviceClient("case-service").withRole(Roles.NOTICE_SERVICE_CLIENT).sign()),
                Arguments.of("a client whose id is not a plain name",
                        Tokens.serviceClient("notice-service,decision-maker").sign()));
    }

    /** A valid token for the caller; an organisation's representative acts for {@code organisation}. */
    public static String tokenFor(String role, String organisation) {
        return switch (role) {
            case Roles.CASEWORKER -> Tokens.caseworker();
            case Roles.DECISION_MAKER -> Tokens.decisionMaker();
            case Roles.AUDITOR -> Tokens.auditor();
            case Roles.ORG_REPRESENTATIVE -> Tokens.orgRepresentative(organisation);
            case Roles.CASE_SERVICE_CLIENT, Roles.NOTICE_SERVICE_CLIENT, Roles.REPRESENTATION_SERVICE_CLIENT,
                    UNKNOWN_CLIENT -> Tokens.serviceClient(role.substring(Roles.CLIENT_PREFIX.length())).sign();
            case SERVICE_WITHOUT_CLIENT_ID -> Tokens.serviceClient("notice-service").clientId(null).sign();
            case PERSON_WITH_ONLY_SERVICE -> Tokens.person("person-claiming-service", Roles.SERVICE).sign();
            case REPRESENTATIVE_WITHOUT_ORGANISATION -> Tokens.person("rep-without-organisation",
                    Roles.ORG_REPRESENTATIVE).sign();
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** An allowed role succeeds (on a target of its own); any other role is refused with a 403 problem. */
    public static void assertAllowedExactlyWhereRuled(Operation op, String role, String organisation) {
        String token = tokenFor(role, organisation);
        Response response = op.callFor(role).apply(given().auth().oauth2(token));
        if (op.allowed().contains(role)) {
            assertThat(response.asString(), response.statusCode(), allOf(greaterThanOrEqualTo(200), lessThan(300)));
        } else {
            Problems.assertProblem(response, 403);
        }
    }

    /**
     * As above, and a refused call changes nothing: {@code state} (row counts, say) reads the same after the
     * call as after the operation's preparation.
     */
    public static void assertAllowedExactlyWhereRuled(Operation op, String role, String organisation,
            Supplier<?> state) {
        Function<RequestSpecification, Response> call = op.callFor(role);
        Object before = state.get();
        Response response = call.apply(given().auth().oauth2(tokenFor(role, organisation)));
        if (op.allowed().contains(role)) {
            assertThat(response.asString(), response.statusCode(), allOf(greaterThanOrEqualTo(200), lessThan(300)));
        } else {
            Problems.assertProblem(response, 403);
            assertThat(op + " as " + role + " changed something", state.get(), equalTo(before));
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
