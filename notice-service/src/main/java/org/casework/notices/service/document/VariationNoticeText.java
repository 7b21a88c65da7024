package org.casework.notices.service.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casework.notices.domain.ChangeSource;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariation;

/**
 * The words of a penalty variation notice (DPA 2018 Sch 16 para 7(1)-(2)): which penalty notice it varies and how,
 * and why; for the tribunal's substituted decision (s.163(3)), the record of what it put in place of the original.
 */
public final class VariationNoticeText {

    private VariationNoticeText() {
    }

    public static NoticeText of(Notice n, NoticeVariation v, LocalDate givenOn) {
        if (n.type != org.casework.notices.domain.NoticeType.PENALTY_NOTICE) {
            return TermsVariationText.of(n, v, givenOn);
        }
        boolean tribunal = v.source == ChangeSource.TRIBUNAL;
        List<NoticeText.Section> sections = new ArrayList<>();
        sections.add(new NoticeText.Section("The penalty notice varied", List.of(
                "This notice varies penalty notice " + n.reference + " given on " + NoticePdfRenderer.format(n.dayGiven())
                        + (tribunal ? ", as the First-tier Tribunal substituted its decision on appeal under section "
                                + "163(3) of the Data Protection Act 2018."
                                : ", under paragraph 7 of Schedule 16 to the Data Protection Act 2018."))));
        List<String> how = new ArrayList<>();
        if (v.amountAfter != null && v.amountBefore != null && v.amountAfter.compareTo(v.amountBefore) != 0) {
            how.add("The amount of the penalty is " + money(v.amountAfter) + " instead of " + money(v.amountBefore) + ".");
        }
        if (v.paymentDueOnAfter != null && !v.paymentDueOnAfter.equals(v.paymentDueOnBefore)) {
            how.add("The penalty must be paid by " + NoticePdfRenderer.format(v.paymentDueOnAfter) + " instead of "
                    + NoticePdfRenderer.format(v.paymentDueOnBefore) + ".");
        }
        if (v.terms != null && !v.terms.isBlank()) {
            how.add(v.terms.strip());
        }
        if (how.isEmpty()) {
            how.add("The penalty notice is otherwise unchanged.");
        }
        sections.add(new NoticeText.Section("How it is varied", how));
        sections.add(new NoticeText.Section("Reasons", List.of(v.reasons.strip())));
        if (!tribunal) {
            sections.add(new NoticeText.Section("Rights of appeal", List.of("You may appeal against this penalty "
                    + "variation notice to the First-tier Tribunal (General Regulatory Chamber) under section 162(1)(e) "
                    + "of the Data Protection Act 2018, within 28 days of the date it was sent to you.")));
        }
        return new NoticeText(tribunal ? "Record of the tribunal's variation" : "Penalty variation notice",
                n.reference + "/V" + (n.variations.size() + 1), n.caseReference, givenOn, n.recipients, sections);
    }

    private static String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        return f.format(amount);
    }
}
