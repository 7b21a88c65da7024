package org.casework.web.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.client.ApiGateway;
import org.casework.web.client.Service;
import org.casework.web.model.AccountSummary;
import org.casework.web.model.AccountTotals;
import org.casework.web.model.ApiPage;
import org.casework.web.model.Appeal;
import org.casework.web.model.ComplianceDates;
import org.casework.web.model.DraftToIssue;
import org.casework.web.model.ExtensionToDecide;
import org.casework.web.model.Hearing;
import org.casework.web.model.RepresentationToConsider;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * What waits on the regulator, for the dashboard: representations to consider, requests for more time and hearings to decide, drafts to issue, appeals pending, enforcement notices' compliance
 * dates due and missed, penalties overdue and penalties that may now be recovered. Each is counted and its first few listed; each is loaded on its
 * own, so a service that does not answer empties only its own sections.
 */
@ApplicationScoped
public class WorkQueues {

    /** How many of each the dashboard lists. */
    static final int SHOWN = 5;
    /** Lists with no count of their own are counted up to this many; beyond it the page says "or more". */
    private static final int COUNTED = 50;

    /** A count, whether there are more than it counts, and the first few. */
    public record Queue<T>(long count, boolean more, List<T> items) {
    }

    private final ApiGateway api;

    public WorkQueues(ApiGateway api) {
        this.api = api;
    }

    Optional<Queue<Hearing>> hearingsToDecide() {
        return DashboardPage.section(() -> counted(api.get(Service.REPRESENTATIONS, "/hearing-requests/to-decide",
                Map.of("limit", String.valueOf(COUNTED)), new TypeReference<ApiPage<Hearing>>() { })));
    }

    Optional<Queue<RepresentationToConsider>> representationsToConsider() {
        return DashboardPage.section(() -> counted(api.get(Service.REPRESENTATIONS, "/representations/to-consider",
                Map.of("limit", String.valueOf(COUNTED)), new TypeReference<ApiPage<RepresentationToConsider>>() { })));
    }

    Optional<Queue<ExtensionToDecide>> extensionsToDecide() {
        return DashboardPage.section(() -> counted(api.get(Service.REPRESENTATIONS, "/extension-requests/to-decide",
                Map.of("limit", String.valueOf(COUNTED)), new TypeReference<ApiPage<ExtensionToDecide>>() { })));
    }

    Optional<Queue<DraftToIssue>> draftsToIssue() {
        return DashboardPage.section(() -> counted(api.get(Service.NOTICES, "/notices/drafts",
                Map.of("limit", String.valueOf(COUNTED)), new TypeReference<ApiPage<DraftToIssue>>() { })));
    }

    Optional<Queue<Appeal>> appealsPending() {
        return DashboardPage.section(() -> counted(api.get(Service.NOTICES, "/appeals",
                Map.of("status", "PENDING", "limit", String.valueOf(COUNTED)), new TypeReference<ApiPage<Appeal>>() { })));
    }

    /** The steps due in the next 60 days and those missed: notice-service counts both, the page lists the first few. */
    Optional<ComplianceDates> complianceDates() {
        return DashboardPage.section(() -> {
            return api.get(Service.NOTICES, "/compliance-dates", Map.of("days", "60", "limit", String.valueOf(SHOWN)),
                    new TypeReference<ComplianceDates>() { });
        });
    }

    Optional<Queue<AccountSummary>> overdue(Optional<AccountTotals> totals) {
        return accounts("OVERDUE", totals, AccountTotals::overdueCount);
    }

    Optional<Queue<AccountSummary>> recoveriesPossible(Optional<AccountTotals> totals) {
        return accounts("RECOVERY_POSSIBLE", totals, AccountTotals::recoveriesPossible);
    }

    Optional<AccountTotals> totals() {
        return DashboardPage.section(() -> api.get(Service.NOTICES, "/penalty-accounts/totals", AccountTotals.class));
    }

    /** The count from the totals when they were read; otherwise what the list itself shows. */
    private Optional<Queue<AccountSummary>> accounts(String filter, Optional<AccountTotals> totals,
            ToLongFunction<AccountTotals> count) {
        return DashboardPage.section(() -> {
            ApiPage<AccountSummary> page = api.get(Service.NOTICES, "/penalty-accounts",
                    Map.of("filter", filter, "limit", String.valueOf(SHOWN)), new TypeReference<ApiPage<AccountSummary>>() { });
            return totals.map(t -> new Queue<>(count.applyAsLong(t), false, page.items()))
                    .orElseGet(() -> new Queue<>(page.items().size(), page.next().isPresent(), page.items()));
        });
    }

    private static <T> Queue<T> counted(ApiPage<T> page) {
        return new Queue<>(page.items().size(), page.next().isPresent(), page.items().stream().limit(SHOWN).toList());
    }
}
