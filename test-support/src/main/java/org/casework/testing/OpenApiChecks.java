package org.casework.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.casework.platform.problem.Problem;

import io.restassured.path.json.JsonPath;

/** What auditors, and the tools organisations' developers generate clients with, rely on in every service's OpenAPI. */
public final class OpenApiChecks {

    private static final String OPERATION_ID = "^[a-z][a-zA-Z0-9]+$";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation of the document, as read. */
    private record Documented(String method, String path, Map<String, Object> operation) {

        String where() {
            return method + " " + path;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> responses() {
            return (Map<String, Object>) operation.get("responses");
        }
    }

    private OpenApiChecks() {
    }

    /**
     * Checks the document's contact and server, and that every operation has a summary, an operationId
     * unique in the document, the 500 and 503 problems, 412 and 428 where it takes If-Match, and every
     * error as a problem document; and, except the public ones named, that it carries the OIDC
     * requirement without scopes, names its roles in x-roles and its description alike, and documents
     * 401 (with its WWW-Authenticate header) and 403; and the rate limit: 429 with Retry-After, and the RateLimit and
     * RateLimit-Policy fields on every success and client error. Answers how many operations there are (test-only
     * resources left out).
     */
    @SuppressWarnings("unchecked")
    public static int assertEveryOperationDocumented(Set<String> publicOperations) {
        JsonPath openapi = document();
        assertThat(openapi.getString("components.securitySchemes.oidc.type"), equalTo("openIdConnect"));
        assertThat("info.contact.email", openapi.getString("info.contact.email"), matchesPattern("^[^@\\s]+@[^@\\s]+$"));
        assertThat("servers", openapi.getList("servers.url"), not(empty()));
        Set<String> ids = new HashSet<>();
        List<Documented> operations = operations(openapi);
        for (Documented op : operations) {
            String where = op.where();
            Map<String, Object> operation = op.operation();
            assertThat(where, operation, hasKey("summary"));
            String id = (String) operation.get("operationId");
            assertThat(where + " operationId", id, notNullValue());
            assertThat(where + " operationId", id, matchesPattern(OPERATION_ID));
            assertThat(where + ": operationId " + id + " is another operation's too", ids.add(id), is(true));
            Map<String, Object> responses = op.responses();
            assertThat(where, responses, hasKey("500"));
            assertThat(where, responses, hasKey("503"));
            if (takesIfMatch(operation)) {
                assertThat(where, responses, hasKey("412"));
                assertThat(where, responses, hasKey("428"));
            }
            for (Map.Entry<String, Object> response : responses.entrySet()) {
                if (response.getKey().matches("[45]\\d\\d")) {
                    assertThat(where + " " + response.getKey(), (Map<String, Object>) ((Map<String, Object>) response
                            .getValue()).get("content"), hasKey(Problem.MEDIA_TYPE));
                }
            }
            assertThat(where, responses, hasKey("429"));
            assertThat(where + " 429", (Map<String, Object>) ((Map<String, Object>) responses.get("429")).get("headers"),
                    hasKey("Retry-After"));
            for (Map.Entry<String, Object> response : responses.entrySet()) {
                if (response.getKey().matches("[24]\\d\\d")) {
                    Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) response.getValue()).get("headers");
                    assertThat(where + " " + response.getKey() + " rate-limit fields", headers, notNullValue());
                    assertThat(where + " " + response.getKey(), headers, hasKey("RateLimit"));
                    assertThat(where + " " + response.getKey(), headers, hasKey("RateLimit-Policy"));
                }
            }
            if (responses.containsKey("401")) {
                assertThat(where + " 401", (Map<String, Object>) ((Map<String, Object>) responses.get("401"))
                        .get("headers"), hasKey("WWW-Authenticate"));
            }
            if (publicOperations.contains(where)) {
                continue;
            }
            assertThat(where, responses, hasKey("401"));
            assertThat(where, responses, hasKey("403"));
            assertThat(where, operation, hasKey("security"));
            for (Map<String, List<String>> requirement : (List<Map<String, List<String>>>) operation.get("security")) {
                assertThat(where + " security requirement", requirement, not(anEmptyMap()));
                requirement.forEach((scheme, scopes) -> assertThat(where + " scopes of " + scheme
                        + " (roles belong in x-roles)", scopes, empty()));
            }
            List<String> roles = (List<String>) operation.get("x-roles");
            assertThat(where + " x-roles", roles, notNullValue());
            assertThat(where + " x-roles", roles, not(empty()));
            assertThat(where + " x-roles against the description", roles,
                    equalTo(rolesLine(where, (String) operation.get("description"))));
        }
        return operations.size();
    }

    /**
     * Checks that every string, integer and array of the document (parameters, headers, request and response
     * schemas) is bounded and every request body has an example, as the OWASP API4 lint rules want (api-lint): a new
     * endpoint's unbounded field fails its service's tests, naming each place as a JSON pointer.
     */
    public static void assertEveryValueBounded() {
        List<String> findings = OpenApiBounds.findings(PublishedOpenApi.contract(PublishedOpenApi.readServed()));
        assertThat(findings.size() + " unbounded value(s) or request bodies without an example: bound each with the "
                + "Bean Validation annotation the server enforces (inputs) or what it produces (responses)", findings, empty());
    }

    /**
     * Checks that the document's operations are those listed for the service in
     * docs/openapi-operation-ids.txt, each under its listed id: a new operation is listed (and so checked
     * against the other services' ids) before it is published, and a published id is not renamed unnoticed.
     */
    public static void assertOperationIdsListed(String service) {
        Set<String> documented = new TreeSet<>();
        for (Documented op : operations(document())) {
            documented.add(op.where() + " " + op.operation().get("operationId"));
        }
        List<OperationIds.Listed> section = OperationIds.read(OperationIds.file()).get(service);
        assertThat("a [" + service + "] section in " + OperationIds.file(), section, notNullValue());
        Set<String> listed = new TreeSet<>();
        section.forEach(l -> listed.add(l.toString()));
        Set<String> unlisted = new TreeSet<>(documented);
        unlisted.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(documented);
        assertThat("documented but not listed for " + service + " in docs/openapi-operation-ids.txt", unlisted, empty());
        assertThat("listed for " + service + " in docs/openapi-operation-ids.txt but not documented", gone, empty());
    }

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** Every operation but the test-only resources', which no client is meant to see. */
    @SuppressWarnings("unchecked")
    private static List<Documented> operations(JsonPath openapi) {
        List<Documented> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (path.getKey().startsWith("/test-only") || path.getKey().startsWith("/test-support")) {
                continue;
            }
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Documented(op.getKey().toUpperCase(), path.getKey(), (Map<String, Object>) op.getValue()));
                }
            }
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static boolean takesIfMatch(Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        return parameters.stream().anyMatch(p -> "header".equals(p.get("in")) && "If-Match".equalsIgnoreCase((String) p.get("name")));
    }

    /** The roles of the description's last "Roles: a, b." line. */
    private static List<String> rolesLine(String where, String description) {
        assertThat(where, description, containsString("Roles: "));
        String line = description.substring(description.lastIndexOf("Roles: ") + "Roles: ".length());
        assertThat(where + " Roles line", line, containsString("."));
        return List.of(line.substring(0, line.indexOf('.')).split(", "));
    }
}
