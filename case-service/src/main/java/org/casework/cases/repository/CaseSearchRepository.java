package org.casework.cases.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.casework.cases.domain.CaseStatus;

/**
 * The case list: filters, full-text search and keyset paging in one SQL query over indexed columns.
 * Values are always bound as parameters; only the fixed column names of {@link CaseSort} are
 * written into the SQL.
 */
@ApplicationScoped
public class CaseSearchRepository {

    private final EntityManager em;

    public CaseSearchRepository(EntityManager em) {
        this.em = em;
    }

    /** The position after which a page starts: the last row's sort value and id. */
    public record Position(String sortValue, UUID id) {
    }

    public List<CaseSummary> search(CaseSearchCriteria criteria, CaseSort sort, Position after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, reference, title, status, assignee, organisation_id, organisation_name, opened_at, updated_at
                from investigation_case where true""");
        List<Object> params = new ArrayList<>();
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            sql.append(" and status in (");
            boolean first = true;
            for (CaseStatus status : criteria.statuses()) {
                sql.append(first ? "" : ", ").append('?').append(params.size() + 1);
                params.add(status.name());
                first = false;
            }
            sql.append(')');
        }
        if (criteria.assignee() != null) {
            params.add(criteria.assignee());
            sql.append(" and assignee = ?").append(params.size());
        }
        if (criteria.organisation() != null) {
            params.add(criteria.organisation());
            sql.append(" and (organisation_id = ?").append(params.size());
            params.add(likePrefix(criteria.organisation().toLowerCase()));
            sql.append(" or lower(organisation_name) like ?").append(params.size()).append(" escape '\\')");
        }
        if (criteria.text() != null) {
            params.add(criteria.text());
            sql.append(" and search_vector @@ websearch_to_tsquery('english', ?").append(params.size()).append(')');
        }
        String direction = sort.descending() ? "desc" : "asc";
        if (after != null) {
            params.add(sort.byTime() ? OffsetDateTime.ofInstant(Instant.parse(after.sortValue()), ZoneOffset.UTC)
                    : after.sortValue());
            int valueParam = params.size();
            params.add(after.id());
            sql.append(" and (").append(sort.column()).append(", id) ").append(sort.descending() ? "<" : ">")
                    .append(" (?").append(valueParam).append(", ?").append(params.size()).append(')');
        }
        sql.append(" order by ").append(sort.column()).append(' ').append(direction)
                .append(", id ").append(direction);
        params.add(limit);
        sql.append(" limit ?").append(params.size());

        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CaseSearchRepository::summary).toList();
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
