package org.casework.notices.enforcement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.domain.NoticeLimits;
import org.casework.testing.Problems;
import org.casework.testing.RowCounts;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.casework.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A step holds at most NoticeLimits.PROGRESS_REPORTS reports, as its answers state: one more is refused, unstored. */
@QuarkusTest
class ProgressReportLimitTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStepHoldsAtMostItsProgressReports() throws Exception {
        UUID notice = EnforcementNotices.issued(clock);
        String step = EnforcementNotices.stepIds(notice).get(0);
        Sql.update("insert into enforcement_progress (id, step_id, notice_id, text, reported_by, reported_at) "
                + "select gen_random_uuid(), ?, ?, 'Report ' || n, 'rep', now() from generate_series(1, ?) n",
                UUID.fromString(step), notice, NoticeLimits.PROGRESS_REPORTS);
        RowCounts before = RowCounts.of(EnforcementNotices.TABLES);
        Response r = Problems.assertProblem(EnforcementNotices.progress(Tokens.orgRepresentative(
                EnforcementNotices.ORGANISATION), notice, step, "over-the-limit", "One more.", EnforcementNotices.PDF), 409);
        assertThat(r.asString(), r.path("type").toString(), endsWith("notice-limit-reached"));
        assertThat(r.path("limit"), equalTo(NoticeLimits.PROGRESS_REPORTS));
        assertThat(before.again(), equalTo(before));
    }
}
