package org.casework.representations.audit;

import org.casework.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

/** representation-service connects as its database's application role: it may append to its audit tables, never rewrite them. */
@QuarkusTest
class RepresentationDatabasePrivilegesTest extends DatabasePrivilegesContract {
}
