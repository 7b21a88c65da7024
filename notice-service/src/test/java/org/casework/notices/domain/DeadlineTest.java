package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static Notice issuedNoticeOfIntent() {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = NoticeType.NOTICE_OF_INTENT;
        n.status = NoticeStatus.ISSUED;
        n.reference = "NOI-2024-000001";
        n.issuedOn = LocalDate.of(2024, 8, 7);
        n.representationsDueOn = LocalDate.of(2024, 8, 27);
        return n;
    }

    @Test
    void aNoticeOfIntentHasItsRepresentationsDateAndItsPenaltyNoticeLimit() {
        List<Deadline> d = Deadline.of(issuedNoticeOfIntent(), false, LocalDate.of(2024, 8, 20), LocalDate.of(2025, 12, 31));
        assertEquals(List.of(Deadline.Kind.REPRESENTATIONS_DUE, Deadline.Kind.PENALTY_NOTICE_DUE_BY),
                d.stream().map(Deadline::kind).toList());
        assertEquals(7, d.get(0).daysLeft());
        assertEquals(LocalDate.of(2025, 2, 6), d.get(1).dueOn());
    }

    @Test
    void onceAPenaltyNoticeIsGivenTheLimitNoLongerShows() {
        List<Deadline> d = Deadline.of(issuedNoticeOfIntent(), true, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 12, 31));
        assertEquals(List.of(), d);
    }

    @Test
    void anAgreedLaterDateMovesTheLimit() {
        Notice n = issuedNoticeOfIntent();
        DeadlineExtension e = new DeadlineExtension();
        e.agreedUntil = LocalDate.of(2025, 3, 31);
        n.deadlineExtension = e;
        List<Deadline> d = Deadline.of(n, false, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31));
        assertEquals(LocalDate.of(2025, 3, 31), d.get(0).dueOn());
    }

    @Test
    void draftsHaveNoDeadlines() {
        Notice n = issuedNoticeOfIntent();
        n.status = NoticeStatus.DRAFT;
        assertEquals(List.of(), Deadline.of(n, false, LocalDate.of(2024, 8, 20), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void paymentAndAppealDeadlinesGiveTheWorkingDayBesideTheStatutoryDay() {
        // GRC Rules 2009 r.12(2): an appeal due on Sat 27 Jun 2026 is in time on Mon 29 Jun 2026
        Notice n = issuedNoticeOfIntent();
        n.type = NoticeType.PENALTY_NOTICE;
        n.representationsDueOn = null;
        n.paymentDueOn = LocalDate.of(2026, 6, 25);
        n.appealDueOn = LocalDate.of(2026, 6, 27);
        List<Deadline> d = Deadline.of(n, false, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31));
        assertEquals(List.of(Deadline.Kind.PAYMENT_DUE, Deadline.Kind.APPEAL_DUE), d.stream().map(Deadline::kind).toList());
        assertEquals(LocalDate.of(2026, 6, 25), d.get(0).workingDayDueOn(), "a Thursday: no change");
        assertEquals(LocalDate.of(2026, 6, 27), d.get(1).dueOn());
        assertEquals(LocalDate.of(2026, 6, 29), d.get(1).workingDayDueOn());
        assertEquals(28, d.get(1).daysLeft(), "days left count to the last day in time, the Monday");
    }

    @Test
    void anAppealDueOnASaturdayStaysOnTheListUntilTheMondayItIsStillInTime() {
        // GRC Rules 2009 r.12(2): on Sun 28 Jun 2026 the appeal due on Sat 27 Jun is still in time (Mon 29 Jun)
        Notice n = issuedNoticeOfIntent();
        n.type = NoticeType.PENALTY_NOTICE;
        n.representationsDueOn = null;
        n.appealDueOn = LocalDate.of(2026, 6, 27);
        List<Deadline> sunday = Deadline.of(n, false, LocalDate.of(2026, 6, 28), LocalDate.of(2026, 12, 31));
        assertEquals(List.of(Deadline.Kind.APPEAL_DUE), sunday.stream().map(Deadline::kind).toList());
        assertEquals(1, sunday.get(0).daysLeft());
        assertEquals(List.of(), Deadline.of(n, false, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31)),
                "gone once the Monday has passed");
    }

    @Test
    void theRepresentationsAndPenaltyNoticeDatesHaveNoWorkingDayDate() {
        Deadline.of(issuedNoticeOfIntent(), false, LocalDate.of(2024, 8, 20), LocalDate.of(2025, 12, 31))
                .forEach(d -> assertEquals(null, d.workingDayDueOn(), d.kind().name()));
    }

    /** DPA 2018 s.142(5), s.146(6): the day an information notice's information is due is a deadline of its own. */
    @Test
    void anInformationNoticeHasItsDueDayAndItsAppealDate() {
        Notice n = issuedNoticeOfIntent();
        n.type = NoticeType.INFORMATION_NOTICE;
        n.representationsDueOn = null;
        n.appealDueOn = LocalDate.of(2024, 9, 4);
        n.requiredBy = LocalDate.of(2024, 9, 5);
        List<Deadline> d = Deadline.of(n, false, LocalDate.of(2024, 8, 20), LocalDate.of(2025, 12, 31));
        assertEquals(List.of(Deadline.Kind.APPEAL_DUE, Deadline.Kind.REQUIRED_BY), d.stream().map(Deadline::kind).toList());
        assertEquals(16, d.get(1).daysLeft());
    }
}
