package org.casework.representations.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.representations.Portal;
import org.casework.representations.domain.NoticeLimits;
import org.casework.testing.Concurrently;
import org.casework.testing.OverlapBarrier;
import org.casework.testing.Problems;
import org.casework.testing.Sql;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SubmissionRateTest {

    @ConfigProperty(name = "casework.representations.rate-limit.submissions")
    int limit;

    @Test
    void concurrentSubmissionsFromOneOrganisationAreAllStored() throws Exception {
        UUID notice = Portal.window("org-busy-team", LocalDate.of(2099, 1, 31));
        Map<Integer, Long> statuses = Concurrently.overlappingStatuses(10, (i, barrier) -> Portal.submit(
                Portal.as("org-busy-team").header(OverlapBarrier.HEADER, barrier), notice, "Representation " + i,
                "part-" + i + ".pdf", Portal.pdf()));
        assertThat(statuses, equalTo(Map.of(201, 10L)));
        assertThat(Sql.queryLong("select count(*) from representation where notice_id = ?", notice), equalTo(10L));
        assertThat(Sql.queryLong("select count(*) from evidence_file f join representation r on r.id = f.representation_id "
                + "where r.notice_id = ?", notice), equalTo(10L));
    }

    /** The count is exact under load: with five submissions left, twenty at once store exactly five. */
    @Test
    void overlappingSubmissionsAtTheLimitStoreExactlyWhatIsLeft() throws Exception {
        List<UUID> earlier = windows("org-at-the-limit", limit - 5);
        for (int i = 0; i < limit - 5; i++) {
            Portal.submit("org-at-the-limit", earlier.get(i / NoticeLimits.REPRESENTATIONS), "Submission " + i).then()
                    .statusCode(201);
        }
        UUID notice = Portal.window("org-at-the-limit", LocalDate.of(2099, 1, 31));
        Map<Integer, Long> statuses = Concurrently.overlappingStatuses(20, (i, barrier) -> Portal.submit(
                Portal.as("org-at-the-limit").header(OverlapBarrier.HEADER, barrier), notice, "Racing " + i));
        assertThat(statuses, equalTo(Map.of(201, 5L, 429, 15L)));
        assertThat(Sql.queryLong("select count(*) from representation where organisation_id = ?", "org-at-the-limit"),
                equalTo((long) limit));
    }

    @Test
    void anOrganisationOverItsSubmissionRateGets429WithRetryAfter() {
        List<UUID> notices = windows("org-flood", limit);
        for (int i = 0; i < limit; i++) {
            Portal.submit("org-flood", notices.get(i / NoticeLimits.REPRESENTATIONS), "Submission " + i).then()
                    .statusCode(201);
        }
        UUID notice = Portal.window("org-flood", LocalDate.of(2099, 1, 31));
        Response refused = Problems.assertProblem(Portal.submit("org-flood", notice, "One too many"), 429);
        assertThat(refused.header("Retry-After"), notNullValue());
        assertThat(Sql.queryLong("select count(*) from representation where organisation_id = ?", "org-flood"),
                equalTo((long) limit));
        UUID other = Portal.window("org-calm", LocalDate.of(2099, 1, 31));
        Portal.submit("org-calm", other, "Another organisation is not affected").then().statusCode(201);
    }

    /**
     * Enough windows of {@code org} to take {@code submissions} representations: the rate is counted per organisation
     * across its notices, and one notice takes at most {@link NoticeLimits#REPRESENTATIONS}.
     */
    private static List<UUID> windows(String org, int submissions) {
        List<UUID> windows = new ArrayList<>();
        for (int i = 0; i < submissions; i += NoticeLimits.REPRESENTATIONS) {
            windows.add(Portal.window(org, LocalDate.of(2099, 1, 31)));
        }
        return windows;
    }
}
