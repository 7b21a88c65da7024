package org.casework.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
import org.casework.testing.HostileValues;
import org.casework.testing.HostileValues.Hostile;
import org.casework.testing.HostileValues.Kind;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Each hostile value goes into one field of an otherwise valid body sent to a case that exists, so the
 * value itself is what case-service judges: every one is refused with a 4xx problem, and no table (audit
 * and idempotency keys included) changes.
 */
@QuarkusTest
class CaseHostileValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String caseId;

    /** The one real case every hostile request is aimed at. */
    private static synchronized String caseId() {
        if (caseId == null) {
            caseId = CaseApi.open();
        }
        return caseId;
    }

    /** An operation that takes a JSON body, sent to the case above: (path of the case, body) → answer. */
    record Target(String name, String validBody, BiFunction<String, byte[], Response> send) {
    }

    private static final Target OPEN = new Target("POST /cases", CaseRequests.newCase(), (id, body) -> given().auth()
            .oauth2(Tokens.caseworker()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
            .body(body).post("/cases"));
    private static final Target CORRECT = new Target("PATCH /cases/{id}", CaseRequests.newCase(), (id, body) -> given()
            .auth().oauth2(Tokens.caseworker()).contentType("application/merge-patch+json").header("If-Match", "*")
            .body(body).patch("/cases/" + id));
    private static final Target ASSIGN = new Target("PUT /cases/{id}/assignee", "{\"caseworker\":\"caseworker-2\"}",
            (id, body) -> given().auth().oauth2(Tokens.caseworker()).contentType(ContentType.JSON).header("If-Match", "*")
                    .body(body).put("/cases/" + id + "/assignee"));
    private static final Target FINDING = new Target("POST /cases/{id}/findings",
            "{\"provision\":\"UK GDPR Art 32(1)\",\"description\":\"No MFA\"}", (id, body) -> given().auth()
                    .oauth2(Tokens.caseworker()).contentType(ContentType.JSON).body(body).post("/cases/" + id + "/findings"));
    private static final Target MOVE = new Target("POST /cases/{id}/transitions",
            "{\"to\":\"INVESTIGATING\",\"reason\":\"Assessed\",\"noticeId\":\"noi-1\"}", (id, body) -> given().auth()
                    .oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/cases/" + id + "/transitions"));

    static Stream<Arguments> hostileFields() {
        List<Arguments> all = new ArrayList<>();
        add(all, OPEN, "title", Kind.LINE);
        add(all, OPEN, "summary", Kind.TEXT);
        add(all, OPEN, "source", Kind.WORD);
        add(all, OPEN, "organisation.id", Kind.LINE);
        add(all, OPEN, "organisation.name", Kind.LINE);
        add(all, OPEN, "organisation.legalEntities[0].name", Kind.LINE);
        add(all, OPEN, "organisation.legalEntities[0].companyNumber", Kind.LINE);
        add(all, OPEN, "organisation.legalEntities[0].address", Kind.TEXT);
        add(all, OPEN, "organisation.worldwideTurnover.amount", Kind.AMOUNT);
        add(all, OPEN, "organisation.worldwideTurnover.currency", Kind.WORD);
        add(all, OPEN, "organisation.worldwideTurnover.financialYearEnd", Kind.DATE);
        add(all, OPEN, "incident.occurredOn", Kind.DATE);
        add(all, OPEN, "incident.peopleAffected", Kind.WHOLE_NUMBER);
        add(all, OPEN, "incident.dataCategories[0]", Kind.LINE);
        add(all, OPEN, "incident.specialCategoryData", Kind.BOOLEAN);
        // a correction is read by the same code as a new case: one field of each kind shows it is judged the same
        add(all, CORRECT, "title", Kind.LINE);
        add(all, CORRECT, "organisation.legalEntities[0].address", Kind.TEXT);
        add(all, CORRECT, "incident.reportedOn", Kind.DATE);
        add(all, CORRECT, "incident.peopleAffected", Kind.WHOLE_NUMBER);
        add(all, ASSIGN, "caseworker", Kind.LINE);
        add(all, FINDING, "provision", Kind.LINE);
        add(all, FINDING, "description", Kind.TEXT);
        add(all, MOVE, "to", Kind.WORD);
        add(all, MOVE, "reason", Kind.TEXT);
        add(all, MOVE, "noticeId", Kind.LINE);
        return all.stream();
    }

    private static void add(List<Arguments> all, Target target, String field, Kind kind) {
        HostileValues.cases(target.name(), field, kind, target).forEach(all::add);
    }

    @ParameterizedTest(name = "{0} with {1} = {2}")
    @MethodSource("hostileFields")
    void aHostileValueInAnOtherwiseValidBodyIsRefusedAndChangesNothing(String operation, String field, Hostile value,
            Target target) {
        byte[] body = HostileValues.into(withMarkerAt(target.validBody(), field), value).getBytes(StandardCharsets.UTF_8);
        String id = caseId();
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        Response response = target.send().apply(id, body);
        assertThat(response.statusCode(), greaterThanOrEqualTo(400));
        assertThat(response.statusCode(), lessThan(500));
        Problems.assertProblem(response, response.statusCode());
        assertThat(before.again(), equalTo(before));
    }

    static Stream<Arguments> wrongContentTypes() {
        return Stream.of(ContentType.TEXT.toString(), ContentType.XML.toString(), ContentType.URLENC.toString(),
                "multipart/form-data; boundary=x", "application/octet-stream").flatMap(type -> Stream.of(
                        Arguments.of(type, OPEN), Arguments.of(type, CORRECT), Arguments.of(type, ASSIGN),
                        Arguments.of(type, FINDING), Arguments.of(type, MOVE)));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("wrongContentTypes")
    void aValidBodyOfAnotherContentTypeIsRefusedWith415(String contentType, Target target) {
        String p = path(target);
        RowCounts before = RowCounts.of(CaseApi.TABLES);
        RequestSpecification request = given().auth().oauth2(target == MOVE ? Tokens.decisionMaker() : Tokens.caseworker())
                .contentType(contentType).header("If-Match", "*").header("Idempotency-Key", UUID.randomUUID().toString());
        // the client encodes a form body itself, and only from text; anything else goes as the bytes given
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            request.body(target.validBody());
        } else {
            request.body(target.validBody().getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(method(target), p);
        Problems.assertProblem(response, 415);
        assertThat(before.again(), equalTo(before));
    }

    private static String method(Target target) {
        return target.name().substring(0, target.name().indexOf(' '));
    }

    private static String path(Target target) {
        return target.name().substring(target.name().indexOf(' ') + 1).replace("{id}", caseId());
    }

    /** The body with the value at {@code field} ("a.b[0].c") replaced by the hostile-value marker. */
    static String withMarkerAt(String body, String field) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(body);
            String[] parts = field.split("\\.");
            com.fasterxml.jackson.databind.JsonNode node = root;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                int bracket = part.indexOf('[');
                String name = bracket < 0 ? part : part.substring(0, bracket);
                boolean last = i == parts.length - 1;
                if (bracket < 0) {
                    if (last) {
                        ((ObjectNode) node).set(name, TextNode.valueOf("@HOSTILE@"));
                    } else {
                        node = node.get(name);
                    }
                    continue;
                }
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                ArrayNode array = (ArrayNode) node.get(name);
                if (last) {
                    array.set(index, TextNode.valueOf("@HOSTILE@"));
                } else {
                    node = array.get(index);
                }
            }
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
