package org.casework.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.casework.web.client.ApiProblemException;
import org.casework.web.client.ApiUnavailableException;
import org.casework.web.client.CasesApi;
import org.casework.web.client.NoticesApi;
import org.casework.web.model.AccountSummary;
import org.casework.web.model.AccountTotals;
import org.casework.web.model.ApiPage;
import org.casework.web.model.Appeal;
import org.casework.web.model.CaseSummary;
import org.casework.web.model.ComplianceDates;
import org.casework.web.model.Deadline;
import org.casework.web.model.DraftToIssue;
import org.casework.web.model.ExtensionToDecide;
import org.casework.web.model.Hearing;
import org.casework.web.model.RepresentationToConsider;
import org.casework.web.page.WorkQueues.Queue;
import org.casework.web.client.PeopleDirectory;
import org.casework.web.view.CurrentUser;
import org.casework.web.view.Names;
import org.casework.web.form.Option;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The caseworker's day: their cases, the statutory dates coming up, what waits on the regulator (representations to
 * consider, requests for more time and hearings to decide, drafts to issue, appeals pending, compliance dates due and missed, the money owed and overdue on penalties, penalties overdue or recoverable) and the caseload by state.
 */
@Path("/")
public class DashboardPage {

    /**
     * One state's bar, laid out horizontally so each bar carries its state's name beside it: a row 40 units high,
     * the name at the left, the bar from {@link #BARS_FROM}, its count just after it.
     */
    public record Bar(String state, long cases, int y, int width, int textY, int valueX) {
    }

    static final int BARS_FROM = 220;
    static final int BARS_WIDTH = 260;
    /** notice-service's largest page of deadlines, so the dashboard reads them in as few requests as it can. */
    static final int DEADLINES_PAGE = 200;

    /** Each part is empty when it could not be loaded: the page says so and shows the rest. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CurrentUser user, Optional<List<CaseSummary>> myCases,
                Optional<List<Deadline>> deadlines, Optional<List<Bar>> bars, Optional<Queue<Hearing>> hearings,
                Optional<Queue<Appeal>> appeals, Optional<ComplianceDates> compliance, Optional<AccountTotals> totals, Optional<Queue<AccountSummary>> overdue,
                Optional<Queue<AccountSummary>> recoveries, Optional<Queue<RepresentationToConsider>> toConsider,
                Optional<Queue<ExtensionToDecide>> extensions, Optional<Queue<DraftToIssue>> drafts, Names names,
                Optional<Long> dueThisWeek);
    }

    private final CasesApi cases;
    private final NoticesApi notices;
    private final CurrentUser user;
    private final WorkQueues queues;
    private final PeopleDirectory people;

    public DashboardPage(@RestClient CasesApi cases, @RestClient NoticesApi notices, CurrentUser user, WorkQueues queues,
            PeopleDirectory people) {
        this.cases = cases;
        this.notices = notices;
        this.user = user;
        this.queues = queues;
        this.people = people;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "caseworker", "decision-maker", "auditor" })
    public TemplateInstance dashboard() {
        Optional<List<CaseSummary>> myCases = section(() -> cases.list(null, user.subject(), null, null, null, null, 20)
                .items());
        Optional<List<Deadline>> deadlines = section(() -> allDeadlines(60));
        Optional<List<Bar>> bars = section(() -> bars(cases.counts()));
        Optional<AccountTotals> totals = queues.totals();
        Optional<Queue<DraftToIssue>> drafts = queues.draftsToIssue();
        Names names = people.names(drafts.map(q -> q.items().stream().map(DraftToIssue::draftedBy).toList()).orElse(List.of()));
        return Templates.page(user, myCases, deadlines, bars, queues.hearingsToDecide(), queues.appealsPending(),
                queues.complianceDates(), totals, queues.overdue(totals), queues.recoveriesPossible(totals),
                queues.representationsToConsider(), queues.extensionsToDecide(), drafts, names,
                deadlines.map(DashboardPage::dueThisWeek));
    }

    /** Every date within {@code days}, read page by page: the list and its count of this week are of all of them. */
    private List<Deadline> allDeadlines(int days) {
        List<Deadline> all = new ArrayList<>();
        String after = null;
        do {
            ApiPage<Deadline> page = notices.deadlines(days, after, DEADLINES_PAGE);
            all.addAll(page.items());
            after = page.next().orElse(null);
        } while (after != null);
        return all;
    }

    /** The task list's "this week": the dates still in time for at most 7 more days (today's included). */
    static long dueThisWeek(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.daysLeft() >= 0 && d.daysLeft() <= 7).count();
    }

    /** A part of the page that could not be loaded shows a message instead of failing the whole page. */
    static <T> Optional<T> section(Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (ApiUnavailableException | ApiProblemException e) {
            return Optional.empty();
        }
    }

    static List<Bar> bars(Map<String, Long> counts) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        for (Option state : Option.STATES) {
            long count = counts.getOrDefault(state.value(), 0L);
            int width = (int) Math.round((double) BARS_WIDTH * count / max);
            bars.add(new Bar(state.label(), count, y, width, y + 19, BARS_FROM + width + 6));
            y += 40;
        }
        return bars;
    }
}
