package org.casework.web.page;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.client.AppealsApi;
import org.casework.web.client.HearingsApi;
import org.casework.web.client.NoticesApi;
import org.casework.web.client.PenaltiesApi;
import org.casework.web.client.RepresentationsApi;
import org.casework.web.model.AccountSummary;
import org.casework.web.model.AccountTotals;
import org.casework.web.model.ApiPage;
import org.casework.web.model.Appeal;
import org.casework.web.model.ComplianceDates;
import org.casework.web.model.DraftToIssue;
import org.casework.web.model.ExtensionToDecide;
import org.casework.web.model.Hearing;
import org.casework.web.model.RepresentationToConsider;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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

    private final HearingsApi hearings;
    private final RepresentationsApi representations;
    private final NoticesApi notices;
    private final AppealsApi appeals;
    private final PenaltiesApi penalties;

    public WorkQueues(@RestClient HearingsApi hearings, @RestClient RepresentationsApi representations,
            @RestClient NoticesApi notices, @RestClient AppealsApi appeals, @RestClient PenaltiesApi penalties) {
        this.hearings = hearings;
        this.representations = representations;
        this.notices = notices;
        this.appeals = appeals;
        this.penalties = penalties;
    }

    Optional<Queue<Hearing>> hearingsToDecide() {
        return DashboardPage.section(() -> counted(hearings.toDecide(COUNTED)));
    }

    Optional<Queue<RepresentationToConsider>> representationsToConsider() {
        return DashboardPage.section(() -> counted(representations.toConsider(null, COUNTED)));
    }

    Optional<Queue<ExtensionToDecide>> extensionsToDecide() {
        return DashboardPage.section(() -> counted(representations.extensionsToDecide(COUNTED)));
    }

    Optional<Queue<DraftToIssue>> draftsToIssue() {
        return DashboardPage.section(() -> counted(notices.drafts(COUNTED)));
    }

    Optional<Queue<Appeal>> appealsPending() {
        return DashboardPage.section(() -> counted(appeals.list("PENDING", COUNTED)));
    }

    /** The steps due in the next 60 days and those missed: notice-service counts both, the page lists the first few. */
    Optional<ComplianceDates> complianceDates() {
        return DashboardPage.section(() -> notices.complianceDates(60, SHOWN));
    }

    Optional<Queue<AccountSummary>> overdue(Optional<AccountTotals> totals) {
        return accounts("OVERDUE", totals, AccountTotals::overdueCount);
    }

    Optional<Queue<AccountSummary>> recoveriesPossible(Optional<AccountTotals> totals) {
        return accounts("RECOVERY_POSSIBLE", totals, AccountTotals::recoveriesPossible);
    }

    Optional<AccountTotals> totals() {
        return DashboardPage.section(() -> penalties.totals());
    }

    /** The count from the totals when they were read; otherwise what the list itself shows. */
    private Optional<Queue<AccountSummary>> accounts(String filter, Optional<AccountTotals> totals,
            ToLongFunction<AccountTotals> count) {
        return DashboardPage.section(() -> {
            ApiPage<AccountSummary> page = penalties.accounts(filter, SHOWN);
            return totals.map(t -> new Queue<>(count.applyAsLong(t), false, page.items()))
                    .orElseGet(() -> new Queue<>(page.items().size(), page.next().isPresent(), page.items()));
        });
    }

    private static <T> Queue<T> counted(ApiPage<T> page) {
        return new Queue<>(page.items().size(), page.next().isPresent(), page.items().stream().limit(SHOWN).toList());
    }
}
