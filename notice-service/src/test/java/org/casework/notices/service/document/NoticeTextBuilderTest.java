package org.casework.notices.service.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.giving.GivingMethod;
import org.junit.jupiter.api.Test;

class NoticeTextBuilderTest {

    @Test
    void aPeriodEndingOnAWorkingDayNeedsNoFurtherWords() {
        assertThat(NoticeTextBuilder.onNextWorkingDay(LocalDate.of(2026, 12, 24), "an appeal"), emptyString());
    }

    @Test
    void anAppealPeriodEndingOnChristmasDayIsInTimeAfterTheSubstituteBoxingDayGrcRules2009Rule12() {
        // 25 Dec 2026 is a Friday; 26 Dec a Saturday, so Boxing Day's substitute is Monday 28 Dec.
        Notice n = penaltyNotice(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25));

        NoticeText text = NoticeTextBuilder.build(n, new NoticeTextBuilder.IssueFacts(noticeOfIntent(), 0L,
                "Pay by bank transfer.", "You may appeal to the First-tier Tribunal."));

        assertThat(paragraph(text, "Rights of appeal"), endsWith("The last day for an appeal is 25 December 2026. "
                + "As 25 December 2026 is not a working day, an appeal is in time if made on 29 December 2026, "
                + "the next working day."));
        assertThat(paragraph(text, "Payment"), endsWith("As 25 December 2026 is not a working day, a payment is in "
                + "time if made on 29 December 2026, the next working day."));
    }

    @Test
    void aWaivedAppealSaysSoAndNothingAboutWorkingDays() {
        Notice n = penaltyNotice(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 25), null);

        NoticeText text = NoticeTextBuilder.build(n, new NoticeTextBuilder.IssueFacts(noticeOfIntent(), 0L,
                "Pay by bank transfer.", "You may appeal to the First-tier Tribunal."));

        assertThat(paragraph(text, "Rights of appeal"),
                equalTo("You have waived your right of appeal against this notice as part of the settlement."));
    }

    @Test
    void anEmailedNoticeOfIntentCountsItsRepresentationsFromTheDayItIsGivenAndSaysHowItIsGiven() {
        // DPA 2018 s.141A: emailed Friday 4 Dec 2026, treated as given 48 hours later, Sunday 6 Dec; Sch 16 para 3(4)
        Notice noi = new Notice();
        noi.type = NoticeType.NOTICE_OF_INTENT;
        noi.reference = "NOI-2026-0002";
        noi.caseReference = "INV-2026-000001";
        noi.recipients = List.of();
        noi.reasons = "Reasons.";
        noi.amount = new BigDecimal("6090000.00");
        noi.representationDays = 28;
        noi.issuedOn = LocalDate.of(2026, 12, 4);
        noi.givenOn = LocalDate.of(2026, 12, 6);
        noi.givingMethod = GivingMethod.EMAIL;
        noi.givingProvision = "DPA 2018 s.141A";
        noi.representationsDueOn = LocalDate.of(2027, 1, 2);

        NoticeText text = NoticeTextBuilder.build(noi, new NoticeTextBuilder.IssueFacts(null, null, "Pay.", "Appeal."));

        assertThat(paragraph(text, "Representations"), endsWith("by the end of 2 January 2027, a period of 28 days "
                + "beginning on 6 December 2026, the day this notice is given."));
        assertThat(paragraph(text, "How this notice is given"), equalTo("This notice is sent by email on 4 December "
                + "2026. It is treated as given on 6 December 2026, 48 hours after it is sent. (Data Protection Act "
                + "2018, section 141A.)"));
    }

    private static String paragraph(NoticeText text, String heading) {
        return text.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow()
                .paragraphs().get(0);
    }

    private static Notice penaltyNotice(LocalDate issuedOn, LocalDate paymentDueOn, LocalDate appealDueOn) {
        Notice n = new Notice();
        n.type = NoticeType.PENALTY_NOTICE;
        n.reference = "PN-2026-0001";
        n.caseReference = "INV-2026-000001";
        n.recipients = List.of();
        n.reasons = "Reasons.";
        n.amount = new BigDecimal("3845400.00");
        n.paymentDays = 28;
        n.issuedOn = issuedOn;
        n.paymentDueOn = paymentDueOn;
        n.appealDueOn = appealDueOn;
        return n;
    }

    private static Notice noticeOfIntent() {
        Notice noi = new Notice();
        noi.type = NoticeType.NOTICE_OF_INTENT;
        noi.reference = "NOI-2026-0001";
        noi.issuedOn = LocalDate.of(2026, 8, 7);
        noi.amount = new BigDecimal("6090000.00");
        return noi;
    }
}
