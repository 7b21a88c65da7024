package org.casework.notices.audit;

import org.casework.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

/** notice-service connects as its database's application role: it may append to its audit tables, never rewrite them. */
@QuarkusTest
class NoticeDatabasePrivilegesTest extends DatabasePrivilegesContract {
}
