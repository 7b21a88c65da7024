package org.casework.notices.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.platform.digest.Sha256;
import org.casework.testing.Problems;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class RegisterAndDocumentTest {

    private static UUID issuedReprimand(String summary, boolean publish) {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        DownstreamStubs.transitionsSucceed(caseId, "DECIDED");
        UUID id = NoticeApi.drafted("""
                {"caseId":"%s","type":"REPRIMAND","recipients":[{"name":"x","companyNumber":"05965280"}],
                 "reasons":"Failure to secure remote access.","publicSummary":"%s"}
                """.formatted(caseId, summary));
        if (!publish) {
            given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                    .body("{\"publish\":false,\"withheldReason\":\"Publication would prejudice a criminal investigation\"}")
                    .put("/notices/" + id + "/publication").then().statusCode(200)
                    .body("publication.withheldReason", containsString("criminal"));
        }
        NoticeApi.issue(id).then().statusCode(200);
        return id;
    }

    @Test
    void theRegisterListsPublishedDecisionsAndNotWithheldOnesOrDrafts() {
        UUID published = issuedReprimand("Reprimand published for the register test", true);
        UUID withheld = issuedReprimand("Reprimand withheld for the register test", false);
        Response register = given().queryParam("limit", 200).get("/register");
        register.then().statusCode(200);
        List<String> ids = register.jsonPath().getList("items.id");
        assertThat(ids, hasItem(published.toString()));
        assertThat(ids, not(hasItem(withheld.toString())));
        assertThat(register.asString(), not(containsString("Failure to secure remote access")));
    }

    @Test
    void withholdingPublicationNeedsAReason() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "INVESTIGATING", "caseworker-ada");
        UUID id = NoticeApi.drafted("""
                {"caseId":"%s","type":"ENFORCEMENT_NOTICE","recipients":[{"name":"x","companyNumber":"05965280"}],
                 "reasons":"Put MFA on every remote-access account."}
                """.formatted(caseId));
        Problems.assertProblem(given().auth().oauth2(Tokens.decisionMaker()).contentType(ContentType.JSON)
                .body("{\"publish\":false}").put("/notices/" + id + "/publication"), 422);
    }

    @Test
    void theDocumentIsServedWithItsStoredDigestAndTheDatabaseRefusesToChangeIt() {
        UUID id = issuedReprimand("Reprimand for the document test", true);
        Response pdf = given().auth().oauth2(Tokens.auditor()).get("/notices/" + id + "/document");
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        String sha = Sha256.hex(bytes);
        String b64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha));
        assertThat(pdf.header("ETag"), equalTo("\"" + sha + "\""));
        assertThat(pdf.header("Repr-Digest"), equalTo("sha-256=:" + b64 + ":"));
        assertThat(pdf.header("Digest"), equalTo("sha-256=" + b64));
        assertThat(new String(bytes, 0, 5), equalTo("%PDF-"));
        assertThrows(SQLException.class, () -> Sql.execute(
                "update notice_document set content = 'x'::bytea where notice_id = '" + id + "'"));
        assertThrows(SQLException.class, () -> Sql.execute("delete from notice_document where notice_id = '" + id + "'"));
        assertThat(Sha256.hex(given().auth().oauth2(Tokens.caseworker()).get("/notices/" + id + "/document")
                .asByteArray()), equalTo(sha));
    }

    @Test
    void everyWriteAndEveryReadOfANoticeIsAudited() {
        UUID id = issuedReprimand("Reprimand for the audit test", true);
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).get("/notices/" + id + "/document").then().statusCode(200);
        List<String> actions = Sql.queryStrings("select action from audit_event where resource_id = ? order by entry_id",
                id.toString());
        assertThat(actions, equalTo(List.of("notice.drafted", "notice.issued", "notice.read", "notice.document-read")));
        given().auth().oauth2(Tokens.auditor()).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }
}
