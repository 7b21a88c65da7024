package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.casework.cases.CaseApi;
import org.casework.cases.CaseRequests;
import org.casework.platform.audit.AuditTrail;
import org.casework.testing.PostgresResource;
import org.casework.testing.Sql;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reading a case is recorded without a transaction around the read and its entry ({@link AuditTrail#recordRead}):
 * the entry is committed before the case is answered, with those of other reads of the same moment, and a read whose
 * entry cannot be written shows nothing.
 */
@QuarkusTest
class CaseReadAuditTest {

    private static final String READS = "select count(*) from audit_entry where action = 'case.read' and resource_id = ?";

    @Inject
    AuditTrail audit;

    @TestHTTPResource("/cases")
    URI cases;

    @Test
    void theReadIsInTheLogAsSoonAsTheCaseIsAnswered() {
        String id = CaseApi.open();
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(200);
        assertThat(Sql.queryLong(READS, id), equalTo(1L));
        assertThat(Sql.queryString("select subject from audit_entry where action = 'case.read' and resource_id = ?", id),
                equalTo("caseworker-1"));
    }

    @Test
    void aCaseThatIsNotThereIsNotRecordedAsRead() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Sql.queryLong(READS, id), equalTo(0L));
    }

    @Test
    void aReadWhoseEntryCannotBeWrittenShowsNothingOfTheCase() throws SQLException {
        String id = CaseApi.open(CaseRequests.newCase("Unrecordable read", "org-unrecordable"));
        asOwner("revoke insert on audit_entry from " + PostgresResource.APP);
        try {
            given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(500)
                    .contentType("application/problem+json")
                    .body(not(containsString("Unrecordable read")))
                    .body(not(containsString("audit_entry")));
        } finally {
            asOwner("grant insert on audit_entry to " + PostgresResource.APP);
        }
        assertThat(Sql.queryLong(READS, id), equalTo(0L));
        given().auth().oauth2(Tokens.caseworker()).get("/cases/" + id).then().statusCode(200);
        assertThat(Sql.queryLong(READS, id), equalTo(1L));
    }

    @Test
    void readsArrivingTogetherAreEachRecordedOnceAndShareCommits() throws Exception {
        String id = CaseApi.open(CaseRequests.newCase("Read by many at once", "org-read-by-many"));
        String token = Tokens.caseworker();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(URI.create(cases + "/" + id)).header("Authorization", "Bearer " + token)
                .build();
        int threads = 16;
        int reads = 240;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                answers.add(pool.submit(() -> client.send(read, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS), equalTo(200));
            }
        } finally {
            pool.shutdownNow();
        }
        // every answer came after its entry's commit, so all are there now, each once
        assertThat(Sql.queryLong(READS, id), equalTo((long) reads));
        assertThat(Sql.queryLong("select count(*) from audit_entry where action = 'case.read' "
                + "and resource_id = ? and subject = 'caseworker-1' and acr is not null", id), equalTo((long) reads));
        // and they were not committed one by one: reads waiting together went into one statement
        assertThat(Sql.queryLong("select count(distinct txid) from audit_entry where action = 'case.read' "
                + "and resource_id = ?", id), lessThan((long) reads));
    }

    @Test
    void aReadIsNeverRecordedInsideATransaction() {
        // inside one, AuditTrail.record keeps the entry with the change; a read's own commit would escape a rollback
        QuarkusTransaction.requiringNew().run(() -> assertThrows(TransactionalException.class,
                () -> audit.recordRead("case.read", "case", UUID.randomUUID().toString(), java.util.Map.of())));
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection c = PostgresResource.connectAsOwner(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
