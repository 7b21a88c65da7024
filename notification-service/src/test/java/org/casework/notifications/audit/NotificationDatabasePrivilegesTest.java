package org.casework.notifications.audit;

import org.casework.testing.DatabasePrivilegesContract;

import io.quarkus.test.junit.QuarkusTest;

/** notification-service connects as its database's application role: it may append to its audit tables, never rewrite them. */
@QuarkusTest
class NotificationDatabasePrivilegesTest extends DatabasePrivilegesContract {
}
