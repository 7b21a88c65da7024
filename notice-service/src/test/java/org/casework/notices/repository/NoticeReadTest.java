package org.casework.notices.repository;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.NoticeApi;
import org.casework.testing.Sql;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reading a notice must never write it. Fifty repeats of one issue each read the draft in a transaction of
 * their own: had a read bumped the version, all but one would fail with a concurrent modification.
 */
@QuarkusTest
class NoticeReadTest {

    @Inject
    NoticeRepository notices;

    @Test
    void readingANoticeInATransactionLeavesItsVersionAsItWas() throws Exception {
        UUID id = NoticeApi.draftedNoticeOfIntent(UUID.randomUUID());
        long before = Sql.queryLong("select version from notice where id = ?", id);

        QuarkusTransaction.requiringNew().call(() -> notices.require(id));
        QuarkusTransaction.requiringNew().call(() -> notices.lockForChange(id));

        assertThat(Sql.queryLong("select version from notice where id = ?", id), equalTo(before));
    }
}
