package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Deadline;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;
import org.casework.platform.time.LondonCalendar;

/** The statutory dates coming up across all issued notices, soonest first, for the caseworkers' dashboard. */
@ApplicationScoped
public class DeadlineQueries {

    /** The longest period a deadline can lie after its notice was given: a penalty notice's 6 months, plus agreed extensions. */
    private static final int LOOK_BACK_MONTHS = StatutoryPeriods.PENALTY_NOTICE_MONTHS + 6;

    /** Soonest first; on one day by notice, and a notice's by kind, so the order is total and a cursor exact. */
    static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::dueOn)
            .thenComparing(Deadline::noticeReference).thenComparing(Deadline::kind);

    private final NoticeRepository notices;
    private final Clock clock;

    public DeadlineQueries(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public Page<Deadline> upcoming(int days, String after, int limit) {
        return page(all(days), after, limit);
    }

    /** Every deadline within {@code days} of today, soonest first (the metrics count them all). */
    @Transactional
    public List<Deadline> all(int days) {
        LocalDate today = LondonCalendar.today(clock);
        LocalDate until = today.plusDays(days);
        List<Notice> issued = notices.issuedSince(today.minusMonths(LOOK_BACK_MONTHS));
        Set<UUID> followed = notices.followedByPenaltyNotice(issued.stream()
                .filter(n -> n.type == NoticeType.NOTICE_OF_INTENT).map(n -> n.id).toList());
        return issued.stream().flatMap(n -> Deadline.of(n, followed.contains(n.id), today, until).stream())
                .sorted(ORDER).toList();
    }

    /**
     * Soonest first, a page at a time: the deadlines are worked out afresh from the notices on each read, so a page
     * starts after the deadline its cursor names (its day, notice and kind), wherever that now falls.
     */
    static Page<Deadline> page(List<Deadline> sorted, String after, int limit) {
        int from = 0;
        if (after != null && !after.isEmpty()) {
            Deadline last = readCursor(after);
            while (from < sorted.size() && ORDER.compare(sorted.get(from), last) <= 0) {
                from++;
            }
        }
        int to = Math.min(sorted.size(), from + limit);
        List<Deadline> items = sorted.subList(from, to);
        String next = to < sorted.size() ? cursor(items.get(items.size() - 1)) : null;
        return new Page<>(List.copyOf(items), next);
    }

    static String cursor(Deadline d) {
        return Cursor.encode(d.dueOn().toString(), d.noticeReference(), d.kind().name());
    }

    /** The position a cursor names, as a deadline holding only what the order compares. */
    private static Deadline readCursor(String after) {
        List<String> parts = Cursor.decode(after, 3);
        try {
            return new Deadline(Deadline.Kind.valueOf(parts.get(2)), LocalDate.parse(parts.get(0)), null, 0, null,
                    parts.get(1), null, null, null, null);
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
