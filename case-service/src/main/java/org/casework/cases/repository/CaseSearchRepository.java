package org.casework.cases.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.casework.cases.domain.CaseStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case list: filters, full-text search and keyset paging in one SQL query over indexed columns.
 * Values are always bound as parameters; only the fixed column names of {@link CaseSort} are
 * written into the SQL.
 */
@ApplicationScoped
public class CaseSearchRepository {

    private final EntityManager em;
    private final int probeRows;
    private final int manyMatches;

    /**
     * The two thresholds are settings only so the tests can reach every branch with a few thousand cases;
     * production keeps the defaults, which the bench measured at 1 M cases.
     */
    public CaseSearchRepository(EntityManager em,
            @ConfigProperty(name = "casework.cases.search.probe-rows", defaultValue = "2000") int probeRows,
            @ConfigProperty(name = "casework.cases.search.many-matches", defaultValue = "5000") int manyMatches) {
        this.em = em;
        this.probeRows = probeRows;
        this.manyMatches = manyMatches;
    }

    /** The position after which a page starts: the last row's sort value and id. */
    public record Position(String sortValue, UUID id) {
    }

    /**
     * One page of cases. Without words or an organisation, one query (see below). With them, no
     * single plan is good for every value: walking the sort's index and filtering each row is fastest for
     * a word in almost every case, and it reads the whole table for a word in none (530 ms at 1 M cases,
     * the plan PostgreSQL picks for both, since it cannot know how rare a word is). So the page is first
     * looked for among the next 2,000 rows in sort order ({@code casework.cases.search.probe-rows}); only if
     * they hold fewer than a page, the matches are counted up to 5,000 ({@code many-matches}): fewer, and the
     * page is made from every match, found through the filters' own indexes (GIN for the words) and sorted;
     * more, and the sort's index is walked until the page is full. Every answer is exact, so keyset paging
     * stays correct.
     * <p>
     * Before all that, the matches are counted up to one more than a page. When that many do not exist (a rare
     * word, a word in no case), the page is every match, found through the filters' own indexes: the probe would
     * otherwise read its 2,000 rows for nothing — an assignee's 2,000 newest cases for a word none of them holds
     * (10.9 ms at p50 at 1 M cases, where 10 k cases, with fewer than 2,000 for that assignee, took 2.3 ms). For a
     * common word the count stops after a page of matches, found among the newest rows.
     */
    public List<CaseSummary> search(CaseSearchCriteria criteria, CaseSort sort, Position after, int limit) {
        planForTheseValues();
        if (!hasUnorderedFilter(criteria)) {
            SqlBuilder q = new SqlBuilder("select " + COLUMNS + " from investigation_case where true");
            filters(q, criteria);
            keyset(q, sort, after);
            return run(q.orderAndLimit(sort, limit));
        }
        if (!matchesAtLeast(criteria, sort, after, limit + 1)) {
            return run(everyMatch(criteria, sort, after, limit));
        }
        if (criteria.organisation() != null && criteria.text() == null && sort.byTime()) {
            // The organisation's own index is in the time order: its page is read there at once. The probe would read
            // the 2,000 newest rows of every organisation first (at 1 M cases, 18 ms p95 for an organisation of 2,000
            // against 4.8 ms at 10 k).
            return run(organisationPage(criteria, sort, after, limit));
        }
        SqlBuilder probe = new SqlBuilder("select " + COLUMNS + " from (select " + COLUMNS
                + ", search_vector from investigation_case where true");
        // One state or an assignee has an index in opened_at order: the probe walks only their rows, so "OPEN
        // cases about X" is not judged by the newest cases of every state (all of them closed, say).
        boolean probeAlongFilter = sort.byTime() && hasOrderedFilter(criteria);
        if (probeAlongFilter) {
            orderedFilters(probe, criteria);
        }
        keyset(probe, sort, after);
        probe.orderAndLimit(sort, probeRows).append(") c where true");
        if (!probeAlongFilter) {
            orderedFilters(probe, criteria);
        }
        unorderedFilters(probe, criteria);
        List<CaseSummary> page = run(probe.orderAndLimit(sort, limit));
        if (page.size() >= limit) {
            return page;
        }
        if (criteria.organisation() != null) {
            return run(organisationPage(criteria, sort, after, limit));
        }
        if (matchesAtLeast(criteria, sort, after, manyMatches)) {
            // Many matches, only not among the newest rows (a batch of other cases came in since): sorting them
            // all would cost seconds at 1 M cases, walking the sort's index until the page is full costs the
            // rows in the way.
            SqlBuilder walk = new SqlBuilder("select " + COLUMNS + " from investigation_case where true");
            filters(walk, criteria);
            keyset(walk, sort, after);
            return run(walk.orderAndLimit(sort, limit));
        }
        return run(everyMatch(criteria, sort, after, limit));
    }

    /** Every match, found through the filters' own indexes, then sorted: for filters that few cases meet. */
    private static SqlBuilder everyMatch(CaseSearchCriteria criteria, CaseSort sort, Position after, int limit) {
        // "materialized" keeps the planner from walking the sort's index again for the rare filters.
        SqlBuilder matches = new SqlBuilder("with m as materialized (select " + COLUMNS + " from investigation_case where true");
        filters(matches, criteria);
        keyset(matches, sort, after);
        matches.append(") select * from m where true");
        return matches.orderAndLimit(sort, limit);
    }

    /**
     * An organisation is its exact id or the start of its name, an OR no single index serves in the list's order.
     * So each part is its own ordered query with the page's limit (the id part reads
     * investigation_case_organisation_opened in order for the time sorts), and the page is the first rows of
     * their union: the first n of a union are among the first n of each part, and UNION drops a case both
     * parts found. Exact, so keyset paging is unchanged.
     */
    private static SqlBuilder organisationPage(CaseSearchCriteria criteria, CaseSort sort, Position after, int limit) {
        SqlBuilder q = new SqlBuilder("select * from (");
        organisationParts(q, COLUMNS, criteria, sort, after, part -> part.orderAndLimit(sort, limit));
        q.append(") u where true");
        return q.orderAndLimit(sort, limit);
    }

    /**
     * The union of an organisation's two parts, its exact id and the start of its name, each a query of
     * {@code columns} with the other filters and the cursor, ended by {@code end} (its order and limit).
     */
    private static void organisationParts(SqlBuilder q, String columns, CaseSearchCriteria criteria, CaseSort sort,
            Position after, Consumer<SqlBuilder> end) {
        CaseSearchCriteria others = criteria.withoutOrganisation();
        q.append("(select " + columns + " from investigation_case where organisation_id = ")
                .append(q.bind(criteria.organisation()));
        filters(q, others);
        keyset(q, sort, after);
        end.accept(q);
        q.append(") union (select " + columns + " from investigation_case where lower(organisation_name) like ")
                .append(q.bind(likePrefix(criteria.organisation().toLowerCase()))).append(" escape '\\'");
        filters(q, others);
        keyset(q, sort, after);
        end.accept(q);
        q.append(")");
    }

    /**
     * Whether at least {@code n} cases after the cursor match: a count that stops at {@code n}, so it reads
     * at most n matching rows (fewer for a rare word, through its index).
     */
    private boolean matchesAtLeast(CaseSearchCriteria criteria, CaseSort sort, Position after, int n) {
        SqlBuilder q = criteria.organisation() == null ? countUpTo(criteria, sort, after, n)
                : organisationCountUpTo(criteria, sort, after, n);
        Query query = em.createNativeQuery(q.sql.toString());
        for (int i = 0; i < q.params.size(); i++) {
            query.setParameter(i + 1, q.params.get(i));
        }
        return ((Number) query.getSingleResult()).longValue() >= n;
    }

    private static SqlBuilder countUpTo(CaseSearchCriteria criteria, CaseSort sort, Position after, int n) {
        SqlBuilder q = new SqlBuilder("select count(*) from (select 1 from investigation_case where true");
        filters(q, criteria);
        keyset(q, sort, after);
        return q.append(" limit ").append(q.bind(n)).append(") m");
    }

    /**
     * The organisation's count as the union of its two parts, each stopping at {@code n}: at least n cases match
     * exactly when the union holds n (a part that stopped holds n alone; parts that did not are complete). As one
     * OR, the planner combines both indexes into a bitmap and reads every case of the organisation before the limit
     * applies: 2,000 rows for the bench's organisation at 1 M cases, where each part reads at most n index entries.
     */
    private static SqlBuilder organisationCountUpTo(CaseSearchCriteria criteria, CaseSort sort, Position after, int n) {
        SqlBuilder q = new SqlBuilder("select count(*) from (");
        organisationParts(q, "id", criteria, sort, after, part -> part.append(" limit ").append(part.bind(n)));
        return q.append(") m");
    }

    /**
     * Every statement of this search, to the end of its transaction, planned for the values it is given. The same
     * statement run often on one pooled connection becomes a server-side prepared statement (the JDBC driver's
     * default after 5 runs), and PostgreSQL may then keep one generic plan for any values. For these filters that
     * plan is wrong: it cannot use the name index for a LIKE whose pattern it does not know, and it cannot tell an
     * organisation with 20 cases from one with 20,000. Measured at 10 k cases, the count of an organisation's
     * matches read the whole table in 15-24 ms instead of 20 rows through its indexes in under 0.1 ms. Local to the
     * transaction, so the pooled connection goes back as it was; the audited read's plans stay cached.
     */
    private void planForTheseValues() {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    private static final String COLUMNS =
            "id, reference, title, status, assignee, organisation_id, organisation_name, opened_at, updated_at";

    /**
     * Words, or an organisation (its id or the start of its name): filters no index reads in sort order and
     * whose rarity the planner cannot judge. State and assignee have indexes in the list's order and their
     * values are in the planner's statistics, so one query serves them best.
     */
    private static boolean hasUnorderedFilter(CaseSearchCriteria criteria) {
        return criteria.organisation() != null || criteria.text() != null;
    }

    /** An assignee, or exactly one state: filters whose index (value, opened_at, id) reads in the time order. */
    private static boolean hasOrderedFilter(CaseSearchCriteria criteria) {
        return criteria.assignee() != null || criteria.statuses() != null && criteria.statuses().size() == 1;
    }

    private static void filters(SqlBuilder q, CaseSearchCriteria criteria) {
        orderedFilters(q, criteria);
        unorderedFilters(q, criteria);
    }

    private static void orderedFilters(SqlBuilder q, CaseSearchCriteria criteria) {
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            q.append(" and status in (");
            boolean first = true;
            for (CaseStatus status : criteria.statuses()) {
                q.append(first ? "" : ", ").append(q.bind(status.name()));
                first = false;
            }
            q.append(")");
        }
        if (criteria.assignee() != null) {
            q.append(" and assignee = ").append(q.bind(criteria.assignee()));
        }
    }

    private static void unorderedFilters(SqlBuilder q, CaseSearchCriteria criteria) {
        if (criteria.organisation() != null) {
            q.append(" and (organisation_id = ").append(q.bind(criteria.organisation()))
                    .append(" or lower(organisation_name) like ").append(q.bind(likePrefix(criteria.organisation().toLowerCase())))
                    .append(" escape '\\')");
        }
        if (criteria.text() != null) {
            q.append(" and search_vector @@ websearch_to_tsquery('english', ").append(q.bind(criteria.text())).append(")");
        }
    }

    private static void keyset(SqlBuilder q, CaseSort sort, Position after) {
        if (after != null) {
            String value = q.bind(sort.byTime() ? OffsetDateTime.ofInstant(Instant.parse(after.sortValue()), ZoneOffset.UTC)
                    : after.sortValue());
            q.append(" and (" + sort.column() + ", id) " + (sort.descending() ? "<" : ">") + " (" + value + ", "
                    + q.bind(after.id()) + ")");
        }
    }

    private List<CaseSummary> run(SqlBuilder q) {
        Query query = em.createNativeQuery(q.sql.toString());
        for (int i = 0; i < q.params.size(); i++) {
            query.setParameter(i + 1, q.params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CaseSearchRepository::summary).toList();
    }

    /** SQL text with numbered parameters; only fixed column names are ever written into the text. */
    private static final class SqlBuilder {
        private final StringBuilder sql;
        private final List<Object> params = new ArrayList<>();

        SqlBuilder(String start) {
            sql = new StringBuilder(start);
        }

        SqlBuilder append(String text) {
            sql.append(text);
            return this;
        }

        String bind(Object value) {
            params.add(value);
            return "?" + params.size();
        }

        SqlBuilder orderAndLimit(CaseSort sort, int limit) {
            String direction = sort.descending() ? " desc" : " asc";
            sql.append(" order by ").append(sort.column()).append(direction).append(", id").append(direction)
                    .append(" limit ").append(bind(limit));
            return this;
        }
    }

    /** How many cases are in each state (states without cases are left out). */
    public java.util.Map<CaseStatus, Long> countsByStatus() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*) from investigation_case group by status")
                .getResultList();
        java.util.Map<CaseStatus, Long> counts = new java.util.EnumMap<>(CaseStatus.class);
        for (Object[] r : rows) {
            counts.put(CaseStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The sort value of a row as the cursor stores it. */
    public static String sortValueOf(CaseSummary row, CaseSort sort) {
        return switch (sort.column()) {
            case "opened_at" -> row.openedAt().toString();
            case "reference" -> row.reference();
            case "title" -> row.title();
            default -> throw new IllegalArgumentException(sort.column());
        };
    }

    private static CaseSummary summary(Object[] r) {
        return new CaseSummary((UUID) r[0], (String) r[1], (String) r[2], CaseStatus.valueOf((String) r[3]),
                (String) r[4], (String) r[5], (String) r[6], instant(r[7]), instant(r[8]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
