package org.casework.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** A service's audit trail read the way an auditor reads it: every page of {@code GET /audit/events}. */
public final class AuditEvents {

    private static final int PAGE = 200;

    /** Who an entry names as acting: the subject, roles, MFA level, client and the person a service acted for. */
    public record Actor(String subject, String roles, String acr, String clientId, String onBehalfOf) {

        public static final Actor CASEWORKER = person("caseworker-1", "caseworker");
        public static final Actor DECISION_MAKER = person("decision-maker-1", "decision-maker");
        public static final Actor AUDITOR = person("auditor-1", "auditor");

        /** A person signed in to the web UI with MFA (as {@link Tokens} signs them). */
        public static Actor person(String subject, String role) {
            return new Actor(subject, role, "2", "casework-web", null);
        }

        /** notice-service's client, acting for {@code person}. */
        public static Actor noticeService(String person) {
            return new Actor("service-account-notice-service", "client:notice-service,service", "1", "notice-service",
                    person);
        }

        static Actor of(Map<String, Object> entry) {
            return new Actor((String) entry.get("subject"), (String) entry.get("roles"), (String) entry.get("acr"),
                    (String) entry.get("clientId"), (String) entry.get("onBehalfOf"));
        }
    }

    private AuditEvents() {
    }

    /**
     * The sequence number of the newest entry (0 for an empty trail), read in the database once the sequencer has
     * linked every entry committed so far.
     */
    public static long lastSeq() {
        awaitLinked();
        return Sql.queryLong("select coalesce(max(seq), 0) from audit_link");
    }

    /**
     * Waits (at most 10 s) until the service's sequencer has linked every committed entry: requests only append,
     * and entries get their seq a moment later.
     */
    public static void awaitLinked() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (Sql.queryLong("select count(*) from audit_entry e "
                + "where not exists (select 1 from audit_link l where l.entry_id = e.id)") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the audit sequencer did not link the entries within 10 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** Every entry, oldest first, following {@code next} until the last page. */
    public static List<Map<String, Object>> all() {
        return after(0);
    }

    /**
     * Checks that exactly one entry follows {@code seq}, recording {@code action} on the resource, successfully,
     * by {@code actor}.
     */
    public static void assertOnlyEntryAfter(long seq, String action, String resourceType, String resourceId, Actor actor) {
        List<Map<String, Object>> entries = after(seq);
        assertThat(entries.toString(), entries.size(), equalTo(1));
        Map<String, Object> entry = entries.get(0);
        assertThat(entry.get("action"), equalTo(action));
        assertThat(entry.get("resourceType"), equalTo(resourceType));
        assertThat(entry.get("resourceId"), equalTo(resourceId));
        assertThat(entry.get("outcome"), equalTo("SUCCESS"));
        assertThat(Actor.of(entry), equalTo(actor));
    }

    /** Every entry after sequence number {@code seq}, oldest first, page by page. */
    public static List<Map<String, Object>> after(long seq) {
        awaitLinked();
        List<Map<String, Object>> events = new ArrayList<>();
        String after = String.valueOf(seq);
        while (after != null) {
            JsonPath page = given().auth().oauth2(Tokens.auditor()).queryParam("after", after).queryParam("limit", PAGE)
                    .get("/audit/events").then().statusCode(200).extract().jsonPath();
            events.addAll(page.getList("items"));
            after = page.getString("next");
        }
        return events;
    }
}
