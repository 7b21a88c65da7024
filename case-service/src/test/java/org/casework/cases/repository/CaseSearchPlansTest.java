package org.casework.cases.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A search's statements are planned for their own values (an organisation of 20 cases or of 20,000), never by a
 * generic plan PostgreSQL keeps for a statement run often on one connection; and only to the end of the search's
 * transaction, so the pooled connection goes back to every other statement as it was.
 */
@QuarkusTest
class CaseSearchPlansTest {

    private static final CaseSearchCriteria AN_ORGANISATION = new CaseSearchCriteria(null, null, "org-7", null);

    @Inject
    CaseSearchRepository search;

    @Inject
    EntityManager em;

    @Test
    void aSearchPlansEachStatementForItsValuesUntilItsTransactionEnds() {
        int backend = QuarkusTransaction.requiringNew().call(() -> {
            assertEquals("auto", planCacheMode(), "before the search");
            search.search(AN_ORGANISATION, CaseSort.DEFAULT, null, 20);
            assertEquals("force_custom_plan", planCacheMode(), "during the search's transaction");
            return backendPid();
        });
        // the same pooled connection, taken again by the next transaction: as it was before the search
        for (int attempt = 0; attempt < 20; attempt++) {
            Session after = QuarkusTransaction.requiringNew().call(() -> new Session(backendPid(), planCacheMode()));
            if (after.backend() == backend) {
                assertEquals("auto", after.planCacheMode(), "the next transaction on the search's connection");
                return;
            }
        }
        fail("the search's connection was not taken again in 20 transactions");
    }

    /** What a transaction saw of its database session: which backend served it, and the plan cache mode there. */
    private record Session(int backend, String planCacheMode) {
    }

    private String planCacheMode() {
        return (String) em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult();
    }

    private int backendPid() {
        return ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
    }
}
