package org.casework.cases.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

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
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reading a case is recorded without a transaction around the read and its entry ({@link AuditTrail#recordRead}):
 * the entry is committed before the case is answered, and a read whose entry cannot be written shows nothing.
 */
@QuarkusTest
class CaseReadAuditTest {

    private static final String READS = "select count(*) from audit_entry where action = 'case.read' and resource_id = ?";

    @Inject
    AuditTrail audit;

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
