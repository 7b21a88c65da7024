package org.casework.notices.service.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.penalty.LegalRegime;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PecrInfringement;
import org.casework.notices.domain.penalty.PenaltyCalculator;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PercentChoice;
import org.casework.notices.domain.penalty.SeriousnessBand;
import org.casework.notices.domain.penalty.SeriousnessChoice;
import org.junit.jupiter.api.Test;

/** A notice of intent under PECR names the power as applied by PECR reg 31 and Sch 1, the regulations and the maximum. */
class PecrNoticeTextTest {

    @Test
    void aPecrNoticeOfIntentNamesTheRegulationsThePeriodAndTheMaximumWithItsSource() {
        Notice n = noticeOfIntent(new PecrInfringement(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30),
                List.of("21", "22")), null);

        NoticeText text = NoticeTextBuilder.build(n, new NoticeTextBuilder.IssueFacts(null, null, null, null));

        assertThat(paragraph(text, "Notice of intent"), containsString("section 155 of the Data Protection Act 2018 as "
                + "applied, with modifications, by regulation 31 of and Schedule 1 to the Privacy and Electronic "
                + "Communications (EC Directive) Regulations 2003 (\"PECR\")"));
        assertThat(paragraph(text, "The contravention of PECR"), equalTo("The Commissioner is satisfied that you "
                + "contravened regulations 21 and 22 of PECR from 1 March 2025 to 30 April 2025. The maximum penalty for "
                + "this contravention is £500,000.00 (PECR reg 31 and Sch 1 (as amended by SI 2011/1208), applying DPA "
                + "1998 s.55A; SI 2010/31 reg 2); where the maximum changed during the contravention, the lower maximum "
                + "of its days applies."));
    }

    @Test
    void aNoticeUnderTheDataProtectionLegislationIsWordedAsBefore() {
        Notice n = noticeOfIntent(null, MaximumTier.STANDARD);

        NoticeText text = NoticeTextBuilder.build(n, new NoticeTextBuilder.IssueFacts(null, null, null, null));

        assertThat(paragraph(text, "Notice of intent"), equalTo("The Information Commissioner intends to give you a "
                + "penalty notice under section 155 of the Data Protection Act 2018. This notice of intent is given "
                + "under Schedule 16, paragraph 2(1)."));
        assertThat(text.sections().stream().map(NoticeText.Section::heading).toList(),
                not(org.hamcrest.Matchers.hasItem("The contravention of PECR")));
    }

    private static Notice noticeOfIntent(PecrInfringement pecr, MaximumTier tier) {
        PenaltyInput input = new PenaltyInput(new BigDecimal("300000000.00"), tier,
                new SeriousnessChoice(SeriousnessBand.HIGH, new BigDecimal("52"), "many calls to people who objected"),
                new PercentChoice(new BigDecimal("85"), "its position in the band"), List.of(),
                new PercentChoice(BigDecimal.ZERO, "dissuasive"), null, null, null,
                pecr == null ? null : LegalRegime.PECR, pecr);
        Notice n = new Notice();
        n.type = NoticeType.NOTICE_OF_INTENT;
        n.reference = "NOI-2026-000001";
        n.caseReference = "INV-2026-000001";
        n.recipients = List.of();
        n.reasons = "Reasons.";
        n.natureOfData = "Telephone numbers.";
        n.representationDays = 21;
        n.applyCalculation(input, PenaltyCalculator.calculate(input));
        return n;
    }

    private static String paragraph(NoticeText text, String heading) {
        return text.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow()
                .paragraphs().get(0);
    }
}
