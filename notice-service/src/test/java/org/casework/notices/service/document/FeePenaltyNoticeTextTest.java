package org.casework.notices.service.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.casework.notices.service.document.FeePenaltyNoticeText.Step;
import org.casework.platform.digest.Sha256;
import org.junit.jupiter.api.Test;

/** The two notices of a fixed penalty for an unpaid fee, as text and as reproducible PDFs. */
class FeePenaltyNoticeTextTest {

    private static FeePenalty penalty() {
        FeePenalty p = new FeePenalty();
        p.id = UUID.randomUUID();
        p.organisationName = "Portal Test Ltd";
        p.reference = "ZA123456";
        p.tier = 1;
        p.chargePeriodStart = LocalDate.of(2024, 4, 1);
        p.charge = new BigDecimal("40.00");
        p.fixedAmount = new BigDecimal("400.00");
        p.statutoryMaximum = new BigDecimal("4350.00");
        p.status = FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN;
        p.noticeOfIntentGivenOn = LocalDate.of(2025, 1, 31);
        p.representationsDueOn = LocalDate.of(2025, 2, 20);
        return p;
    }

    private static String words(NoticeText t) {
        return t.sections().stream().flatMap(s -> s.paragraphs().stream()).collect(Collectors.joining("\n"));
    }

    @Test
    void theNoticeOfIntentStatesTheChargeTheFixedAmountAndTheRepresentationsPeriod_s158_Sch16Para3_4() {
        NoticeText t = FeePenaltyNoticeText.build(penalty(), Step.NOTICE_OF_INTENT);
        assertThat(t.caseReference(), equalTo(null));
        assertThat(t.givenOn(), equalTo(LocalDate.of(2025, 1, 31)));
        String w = words(t);
        assertThat(w, containsString("section 155(1)(c)"));
        assertThat(w, containsString("£40.00"));
        assertThat(w, containsString("The fixed penalty for tier 1 is £400.00 (section 158(1))"));
        assertThat(w, containsString("by the end of 20 February 2025, a period of 21 days beginning on 31 January 2025"));
    }

    @Test
    void thePenaltyNoticeStatesPaymentAndTheAppealOnTheNextWorkingDay_Sch16Para6_2_s162() {
        FeePenalty p = penalty();
        p.status = FeePenaltyStatus.PENALTY_NOTICE_GIVEN;
        p.penaltyNoticeGivenOn = LocalDate.of(2025, 3, 21);
        p.paymentDueOn = LocalDate.of(2025, 4, 17);
        p.appealDueOn = LocalDate.of(2025, 4, 18);
        String w = words(FeePenaltyNoticeText.build(p, Step.PENALTY_NOTICE));
        assertThat(w, containsString("must be paid by 17 April 2025"));
        assertThat(w, containsString("section 162(1)(d)"));
        // Good Friday 18 April and Easter Monday 21 April 2025: an appeal on Tuesday 22 April is in time (r.12)
        assertThat(w, containsString("(22 April 2025) is in time"));
    }

    @Test
    void theSamePenaltyAlwaysGivesTheSameBytesAndEachNoticeItsOwn() {
        FeePenalty p = penalty();
        byte[] first = NoticePdfRenderer.renderReproducible(FeePenaltyNoticeText.build(p, Step.NOTICE_OF_INTENT));
        byte[] second = NoticePdfRenderer.renderReproducible(FeePenaltyNoticeText.build(p, Step.NOTICE_OF_INTENT));
        assertThat(Sha256.hex(second), equalTo(Sha256.hex(first)));
        String raw = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(raw, containsString("/CreationDate(D:20250131000000Z"));
        p.status = FeePenaltyStatus.PENALTY_NOTICE_GIVEN;
        p.penaltyNoticeGivenOn = LocalDate.of(2025, 3, 21);
        p.paymentDueOn = LocalDate.of(2025, 4, 17);
        p.appealDueOn = LocalDate.of(2025, 4, 18);
        byte[] penaltyNotice = NoticePdfRenderer.renderReproducible(FeePenaltyNoticeText.build(p, Step.PENALTY_NOTICE));
        assertThat(Sha256.hex(penaltyNotice), not(equalTo(Sha256.hex(first))));
        // the penalty notice given later leaves the notice of intent's bytes as they were
        assertThat(Sha256.hex(NoticePdfRenderer.renderReproducible(FeePenaltyNoticeText.build(p, Step.NOTICE_OF_INTENT))),
                equalTo(Sha256.hex(first)));
    }
}
