package org.casework.notices.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.casework.notices.domain.Deadline;
import org.casework.notices.domain.NoticeType;
import org.junit.jupiter.api.Test;

/** The deadlines list holds the soonest MAX however many are live, as its contract states (maxItems). */
class DeadlineListTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    private static Deadline dueIn(int days) {
        return new Deadline(Deadline.Kind.PAYMENT_DUE, TODAY.plusDays(days), TODAY.plusDays(days), days, UUID.randomUUID(),
                String.format("PN-2027-%06d", days), NoticeType.PENALTY_NOTICE, UUID.randomUUID(), "IC-2026-000001",
                "Example Ltd");
    }

    @Test
    void moreThanAPageAnswersTheSoonestPage() {
        // given in reverse, so the list must sort before it cuts
        List<Deadline> listed = DeadlineQueries.soonest(
                IntStream.range(0, DeadlineQueries.MAX + 50).map(i -> DeadlineQueries.MAX + 49 - i).mapToObj(
                        DeadlineListTest::dueIn));

        assertEquals(DeadlineQueries.MAX, listed.size());
        assertEquals(TODAY, listed.get(0).dueOn());
        assertEquals(TODAY.plusDays(DeadlineQueries.MAX - 1), listed.get(listed.size() - 1).dueOn());
    }

    @Test
    void fewerThanAPageAreAllListed() {
        List<Deadline> listed = DeadlineQueries.soonest(IntStream.of(3, 1, 2).mapToObj(DeadlineListTest::dueIn));

        assertEquals(List.of(1L, 2L, 3L), listed.stream().map(Deadline::daysLeft).toList());
    }
}
