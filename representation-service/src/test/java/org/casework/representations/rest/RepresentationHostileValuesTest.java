package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.casework.representations.Portal;
import org.casework.testing.HostileValues;
import org.casework.testing.HostileValues.Hostile;
import org.casework.testing.HostileValues.Kind;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Each hostile value goes into one field of an otherwise valid request about a window, representation or
 * request that exists, so the value itself is what representation-service judges: every one is refused
 * with a 4xx problem, and nothing is stored (tables, large objects and audit unchanged).
 */
@QuarkusTest
class RepresentationHostileValuesTest {

    private static final String ORG = "org-hostile";
    private static final String BOUNDARY = "hostile-values-test";

    /** What the requests are aimed at: a window open for representations, a representation on it, a request. */
    record Fixture(UUID notice, String representation, String extension, String hearing) {
    }

    private static Fixture fixture;

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            UUID notice = Portal.window(ORG, LocalDate.of(2099, 12, 31));
            String representation = Portal.submit(ORG, notice, "Statement").then().statusCode(201).extract().path("id");
            String extension = Portal.as(ORG).contentType(ContentType.JSON)
                    .body("{\"until\":\"2100-01-31\",\"reason\":\"More time\"}")
                    .post("/portal/notices/" + notice + "/extension-requests").then().statusCode(201).extract().path("id");
            fixture = new Fixture(notice, representation, extension, HearingApiTest.requestHearing(ORG, notice));
        }
        return fixture;
    }

    /** A JSON operation: who sends it where, and a valid body with {@code field} marked for the hostile value. */
    record Target(String name, String validBody, Function<Fixture, RequestSpecification> caller,
            Function<Fixture, String> path, String method) {
    }

    private static final Target OPEN = new Target("PUT /internal/windows/{noticeId}",
            "{\"caseId\":\"" + UUID.randomUUID() + "\",\"organisationId\":\"" + ORG
                    + "\",\"dueOn\":\"2099-08-27\",\"reference\":\"NOI-2024-000001\"}",
            f -> given().auth().oauth2(Tokens.service()), f -> "/internal/windows/" + UUID.randomUUID(), "PUT");
    private static final Target EXTENSION = new Target("POST /portal/notices/{noticeId}/extension-requests",
            "{\"until\":\"2100-02-28\",\"reason\":\"Our board meets in February\"}", f -> Portal.as(ORG),
            f -> "/portal/notices/" + f.notice() + "/extension-requests", "POST");
    private static final Target HEARING = new Target("POST /portal/notices/{noticeId}/hearing-requests",
            "{\"reason\":\"We wish to explain in person\"}", f -> Portal.as(ORG),
            f -> "/portal/notices/" + f.notice() + "/hearing-requests", "POST");
    private static final Target CONSIDER = new Target("POST /representations/{id}/consideration",
            "{\"note\":\"Read in full\"}", f -> given().auth().oauth2(Tokens.caseworker()),
            f -> "/representations/" + f.representation() + "/consideration", "POST");
    private static final Target DECIDE = new Target("POST /extension-requests/{id}/decision",
            "{\"granted\":true,\"until\":\"2100-01-31\",\"reason\":\"Fair\"}", f -> given().auth().oauth2(Tokens.decisionMaker()),
            f -> "/extension-requests/" + f.extension() + "/decision", "POST");

    private static final Target DECIDE_HEARING = new Target("POST /hearing-requests/{id}/decision",
            "{\"granted\":true,\"heldAt\":\"2099-06-01T10:00\",\"place\":\"Wycliffe House\","
                    + "\"videoLink\":\"https://video.example/h/1\",\"attendees\":[\"Grace Hopper\"],\"reason\":\"Fair\"}",
            f -> given().auth().oauth2(Tokens.decisionMaker()), f -> "/hearing-requests/" + f.hearing() + "/decision", "POST");

    static Stream<Arguments> hostileFields() {
        List<Arguments> all = new ArrayList<>();
        add(all, OPEN, "caseId", Kind.UUID);
        add(all, OPEN, "organisationId", Kind.LINE);
        add(all, OPEN, "dueOn", Kind.DATE);
        add(all, OPEN, "reference", Kind.LINE);
        add(all, EXTENSION, "until", Kind.DATE);
        add(all, EXTENSION, "reason", Kind.TEXT);
        add(all, HEARING, "reason", Kind.TEXT);
        add(all, CONSIDER, "note", Kind.TEXT);
        add(all, DECIDE, "granted", Kind.BOOLEAN);
        add(all, DECIDE, "until", Kind.DATE);
        add(all, DECIDE, "reason", Kind.TEXT);
        add(all, DECIDE_HEARING, "granted", Kind.BOOLEAN);
        add(all, DECIDE_HEARING, "place", Kind.LINE);
        add(all, DECIDE_HEARING, "videoLink", Kind.LINE);
        add(all, DECIDE_HEARING, "reason", Kind.TEXT);
        return all.stream();
    }

    private static void add(List<Arguments> all, Target target, String field, Kind kind) {
        HostileValues.cases(target.name(), field, kind, target).forEach(all::add);
    }

    /** Sends the request and checks it was refused with a problem and stored nothing. */
    private static Response refusedChangingNothing(Supplier<Response> request) {
        RowCounts before = RowCounts.of(Portal.TABLES);
        Response response = request.get();
        assertThat(response.asString(), response.statusCode(), greaterThanOrEqualTo(400));
        assertThat(response.asString(), response.statusCode(), lessThan(500));
        Problems.assertProblem(response, response.statusCode());
        assertThat(before.again(), equalTo(before));
        return response;
    }

    @ParameterizedTest(name = "{0} with {1} = {2}")
    @MethodSource("hostileFields")
    void aHostileValueInAnOtherwiseValidBodyIsRefusedAndChangesNothing(String operation, String field, Hostile value,
            Target target) {
        Fixture f = fixture();
        String body = HostileValues.into(target.validBody().replaceFirst("(\"" + field + "\":)(\"[^\"]*\"|true)",
                "$1" + java.util.regex.Matcher.quoteReplacement(HostileValues.MARKER)), value);
        refusedChangingNothing(() -> target.caller().apply(f).contentType(ContentType.JSON)
                .body(body.getBytes(StandardCharsets.UTF_8)).request(target.method(), target.path().apply(f)));
    }

    static Stream<Arguments> hostileStatements() {
        return Stream.of(Arguments.of("NUL", "before\u0000after"), Arguments.of("an escape sequence", "\u001b[31mred"),
                Arguments.of("a bell", "ring\u0007"), Arguments.of("a C1 control", "next\u0085line"),
                Arguments.of("a Unicode line separator", "one\u2028two"),
                Arguments.of("a right-to-left override", "We accept\u202e no liability"),
                Arguments.of("a right-to-left isolate", "\u2067evil\u2069"),
                Arguments.of("100,001 characters", "S".repeat(100_001)), Arguments.of("2 MB", "S".repeat(2_000_000)),
                Arguments.of("only spaces", "   "));
    }

    @ParameterizedTest(name = "statement: {0}")
    @MethodSource("hostileStatements")
    void aHostileStatementWithValidEvidenceIsRefusedAndStoresNothing(String what, String statement) {
        Fixture f = fixture();
        refusedChangingNothing(() -> post(f.notice(), part("statement", null, statement)
                + part("files", "evidence.pdf", new String(Portal.pdf(), StandardCharsets.ISO_8859_1))));
    }

    static Stream<Arguments> hostileFileNames() {
        return Stream.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "C:\\Users\\me\\letter.pdf", "..",
                "evidence\u0000.pdf", "evil\u202efdp.exe", "bell\u0007.pdf", "C".repeat(300) + ".pdf")
                .map(name -> Arguments.of(name.replaceAll("\\p{Cntrl}|\u202e", "?"), name));
    }

    @ParameterizedTest(name = "file name: {0}")
    @MethodSource("hostileFileNames")
    void aFileWithAPathOrControlCharactersInItsNameIsRefusedAndStoresNothing(String shown, String name) {
        Fixture f = fixture();
        Response refused = refusedChangingNothing(() -> post(f.notice(), part("statement", null, "Our statement")
                + part("files", name, new String(Portal.pdf(), StandardCharsets.ISO_8859_1))));
        assertThat(refused.statusCode(), equalTo(400));
        assertThat(refused.jsonPath().getList("errors.field"), hasItem("files[0]"));
    }

    static Stream<Arguments> wrongContentTypes() {
        return Stream.of(EXTENSION, HEARING, CONSIDER, DECIDE, DECIDE_HEARING, OPEN).flatMap(t -> Stream.of(ContentType.TEXT.toString(),
                ContentType.XML.toString(), "multipart/form-data; boundary=x", "application/octet-stream")
                .map(type -> Arguments.of(t.name(), type, t)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("wrongContentTypes")
    void aValidBodyOfAnotherContentTypeIsRefusedWith415(String operation, String contentType, Target target) {
        Fixture f = fixture();
        Problems.assertProblem(refusedChangingNothing(() -> target.caller().apply(f).contentType(contentType)
                .body(target.validBody().getBytes(StandardCharsets.UTF_8)).request(target.method(), target.path().apply(f))),
                415);
    }

    @org.junit.jupiter.api.Test
    void representationsSentAsJsonAreRefusedWith415() {
        Fixture f = fixture();
        Problems.assertProblem(refusedChangingNothing(() -> Portal.as(ORG).contentType(ContentType.JSON)
                .body("{\"statement\":\"As JSON\"}").post("/portal/notices/" + f.notice() + "/representations")), 415);
    }

    private static String part(String name, String fileName, String content) {
        String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf");
        return "--" + BOUNDARY + "\r\n" + disposition + "\r\n\r\n" + content + "\r\n";
    }

    private static Response post(UUID notice, String parts) {
        return Portal.as(ORG).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body((parts + "--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8))
                .post("/portal/notices/" + notice + "/representations");
    }
}
