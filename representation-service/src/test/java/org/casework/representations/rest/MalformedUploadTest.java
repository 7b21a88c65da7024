package org.casework.representations.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Multipart bodies the parser cannot read are the sender's fault (found by the end-to-end hostile-input
 * suite, where both answered 500): a 400 problem, and nothing stored.
 */
@QuarkusTest
class MalformedUploadTest {

    private static final String BOUNDARY = "malformed-upload-test";

    private static Response post(String org, UUID notice, String body) {
        return given().auth().oauth2(Tokens.orgRepresentative(org))
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/portal/notices/" + notice + "/representations");
    }

    @Test
    void aBodyCutShortIsRefusedAs400AndNothingIsStored() {
        UUID notice = Portal.window("org-cut", LocalDate.of(2099, 1, 31));
        RowCounts before = RowCounts.of(Portal.TABLES);

        Response r = Problems.assertProblem(post("org-cut", notice, "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\nhalf a statem"), 400);

        assertThat(r.jsonPath().getString("title"), equalTo("Malformed multipart body"));
        assertThat(before.again(), equalTo(before));
    }

    @Test
    void aLineBreakInAFileNameIsRefusedAs400AndNothingIsStored() {
        UUID notice = Portal.window("org-crlf", LocalDate.of(2099, 1, 31));
        RowCounts before = RowCounts.of(Portal.TABLES);

        Problems.assertProblem(post("org-crlf", notice, "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\nOur statement\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"evil.pdf\r\nFORGED-LOG-LINE\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n%%EOF\n\r\n--" + BOUNDARY + "--\r\n"), 400);

        assertThat(before.again(), equalTo(before));
    }
}
