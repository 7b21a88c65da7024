package org.casework.notices.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.repository.FeePenaltyRepository;
import org.casework.notices.repository.NoticeRepository;
import org.casework.platform.paging.Cursor;
import org.casework.platform.paging.Page;

/**
 * The public register: published final decisions of the notices table (penalty notices, enforcement notices,
 * reprimands) and the penalty notices of fixed penalties for an unpaid fee, one list newest first. Both tables are
 * read from the same cursor (day given, id) with the page's limit and merged, as the portal's list does: the first n
 * of the union are among the first n of each part.
 */
@ApplicationScoped
public class RegisterQueries {

    /** One published decision: a notice, or a fixed penalty's penalty notice. */
    public record Published(Notice notice, FeePenalty penalty) {

        public UUID id() {
            return notice != null ? notice.id : penalty.id;
        }

        public LocalDate givenOn() {
            return notice != null ? notice.issuedOn : penalty.penaltyNoticeGivenOn;
        }
    }

    /** Newest first, by the day given then the id (as PostgreSQL orders uuids: their hex text), both descending. */
    static final Comparator<Published> NEWEST_FIRST = Comparator.comparing(Published::givenOn)
            .thenComparing(p -> p.id().toString()).reversed();

    private final NoticeRepository notices;
    private final FeePenaltyRepository penalties;

    public RegisterQueries(NoticeRepository notices, FeePenaltyRepository penalties) {
        this.notices = notices;
        this.penalties = penalties;
    }

    @Transactional
    public Page<Published> page(String after, int limit) {
        Cursor.After<LocalDate> from = Cursor.readAfter(after, LocalDate::parse);
        LocalDate before = from == null ? null : from.key();
        UUID beforeId = from == null ? null : from.id();
        List<Published> merged = new ArrayList<>();
        notices.register(before, beforeId, limit).forEach(n -> merged.add(new Published(n, null)));
        penalties.register(before, beforeId, limit).forEach(p -> merged.add(new Published(null, p)));
        merged.sort(NEWEST_FIRST);
        List<Published> page = merged.size() > limit ? merged.subList(0, limit) : merged;
        String next = null;
        if (page.size() == limit) {
            Published last = page.get(page.size() - 1);
            next = Cursor.after(last.givenOn(), last.id());
        }
        return new Page<>(List.copyOf(page), next);
    }
}
