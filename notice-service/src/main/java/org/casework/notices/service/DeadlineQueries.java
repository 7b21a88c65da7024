package org.casework.notices.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Deadline;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.StatutoryPeriods;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.time.LondonCalendar;

/** The statutory dates coming up across all issued notices, soonest first, for the caseworkers' dashboard. */
@ApplicationScoped
public class DeadlineQueries {

    /** The longest period a deadline can lie after its notice was given: a penalty notice's 6 months, plus agreed extensions. */
    private static final int LOOK_BACK_MONTHS = StatutoryPeriods.PENALTY_NOTICE_MONTHS + 6;

    /** The most deadlines one answer lists. */
    public static final int MAX = PageLimit.MAX;

    private final NoticeRepository notices;
    private final Clock clock;

    public DeadlineQueries(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public List<Deadline> upcoming(int days) {
        LocalDate today = LondonCalendar.today(clock);
        LocalDate until = today.plusDays(days);
        List<Notice> issued = notices.issuedSince(today.minusMonths(LOOK_BACK_MONTHS));
        Set<UUID> followed = notices.followedByPenaltyNotice(issued.stream()
                .filter(n -> n.type == NoticeType.NOTICE_OF_INTENT).map(n -> n.id).toList());
        return soonest(issued.stream().flatMap(n -> Deadline.of(n, followed.contains(n.id), today, until).stream()));
    }

    /**
     * Soonest first, and no more than one page ({@link PageLimit#MAX}): the dashboard acts on what is due next, and
     * the list's length is then what the contract states, however many notices are live.
     */
    static List<Deadline> soonest(Stream<Deadline> deadlines) {
        return deadlines.sorted(Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::noticeReference))
                .limit(MAX).toList();
    }
}
