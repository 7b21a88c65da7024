package org.casework.notices.warmup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.IssueDates;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.casework.notices.domain.Recipient;
import org.casework.notices.domain.giving.Giving;
import org.casework.notices.domain.giving.GivingMethod;
import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PenaltyCalculator;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PercentChoice;
import org.casework.notices.domain.penalty.SeriousnessBand;
import org.casework.notices.domain.penalty.SeriousnessChoice;
import org.casework.platform.time.LondonCalendar;

/** A notice of intent that is never stored: laid out and serialised once at start-up, so the first real one is not. */
final class SampleNotice {

    private SampleNotice() {
    }

    static Notice noticeOfIntent(LocalDate givenOn) {
        Notice n = new Notice();
        n.id = new UUID(0, 0);
        n.type = NoticeType.NOTICE_OF_INTENT;
        n.reference = "NOI-0000-000000";
        n.caseId = new UUID(0, 0);
        n.caseReference = "INV-0000-000000";
        n.organisationName = "Warm-up";
        n.recipients = List.of(new Recipient("Warm-up Limited", "00000000", "1 Warm-up Street"));
        n.reasons = "Start-up warm-up: this notice is never stored or given.";
        n.natureOfData = "None.";
        PenaltyInput input = new PenaltyInput(new BigDecimal("300000000.00"), MaximumTier.STANDARD,
                new SeriousnessChoice(SeriousnessBand.HIGH, new BigDecimal("70"), "warm-up"),
                new PercentChoice(new BigDecimal("100"), "warm-up"), List.of(),
                new PercentChoice(BigDecimal.ZERO, "warm-up"), null, null);
        n.applyCalculation(input, PenaltyCalculator.calculate(input));
        n.representationDays = 21;
        IssueDates.of(n, new Giving(GivingMethod.BY_HAND, LondonCalendar.endOf(givenOn.minusDays(1)), givenOn, givenOn,
                "DPA 2018 s.141A")).applyTo(n);
        return n;
    }
}
