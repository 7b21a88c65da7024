package org.casework.notices.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.casework.notices.domain.Deadline;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.paging.Page;
import org.casework.platform.paging.PageLimit;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The deadlines list is paged, soonest first, however many are live: each page as long as the contract states. */
class DeadlineListTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    private static Deadline dueIn(int days, Deadline.Kind kind) {
        return new Deadline(kind, TODAY.plusDays(days), TODAY.plusDays(days), days, UUID.randomUUID(),
                String.format("PN-2027-%06d", days / 2), NoticeType.PENALTY_NOTICE, UUID.randomUUID(), "IC-2026-000001",
                "Example Ltd");
    }

    /** 250 deadlines, two of each notice on one day (payment and appeal), sorted as the list sorts them. */
    private static List<Deadline> sorted() {
        return IntStream.range(0, 250).mapToObj(i -> dueIn(i / 2 * 2, i % 2 == 0 ? Deadline.Kind.APPEAL_DUE
                : Deadline.Kind.PAYMENT_DUE)).sorted(DeadlineQueries.ORDER).toList();
    }

    @Test
    void moreThanAPageIsReadPageByPageWithNothingLostOrRepeated() {
        List<Deadline> all = sorted();
        Page<Deadline> first = DeadlineQueries.page(all, null, PageLimit.MAX);
        assertEquals(all.subList(0, PageLimit.MAX), first.items());

        Page<Deadline> second = DeadlineQueries.page(all, first.next(), PageLimit.MAX);
        assertEquals(all.subList(PageLimit.MAX, all.size()), second.items());
        assertNull(second.next());

        // a page ending between the two deadlines of one notice on one day
        Page<Deadline> three = DeadlineQueries.page(all, null, 3);
        assertEquals(all.subList(3, 6), DeadlineQueries.page(all, three.next(), 3).items());
    }

    @Test
    void aPageStartsAfterItsCursorEvenWhenThatDeadlineIsGone() {
        List<Deadline> all = sorted();
        String after = DeadlineQueries.cursor(all.get(9));
        List<Deadline> withoutIt = all.stream().filter(d -> d != all.get(9)).toList();

        assertEquals(all.get(10), DeadlineQueries.page(withoutIt, after, 5).items().get(0));
    }

    @Test
    void aCursorItDidNotGiveOutIsA400() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> DeadlineQueries.page(sorted(), "bm90LWEtY3Vyc29y", 5));
        assertEquals(400, refused.problem().getStatus());
    }
}
