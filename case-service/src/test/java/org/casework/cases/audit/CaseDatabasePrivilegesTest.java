package org.casework.cases.audit;

import org.casework.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

/** case-service connects as its database's application role: it may append to its audit tables, never rewrite them. */
@QuarkusTest
class CaseDatabasePrivilegesTest extends DatabasePrivilegesContract {
}
