package org.casework.notices.service.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.ChangeSource;
import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariation;

/**
 * The words of a variation of a notice that requires something other than a payment (an enforcement, information or
 * assessment notice): by the regulator on the organisation's application (DPA 2018 s.153(1)-(2), an enforcement
 * notice's steps' new dates), or the record of the tribunal substituting its decision on appeal (s.163(3)).
 */
public final class TermsVariationText {

    private TermsVariationText() {
    }

    public static NoticeText of(Notice n, NoticeVariation v, LocalDate givenOn) {
        boolean tribunal = v.source == ChangeSource.TRIBUNAL;
        String kind = n.type.title().toLowerCase();
        List<NoticeText.Section> sections = new ArrayList<>();
        sections.add(new NoticeText.Section("The " + kind + " varied", List.of("This notice varies " + kind + " "
                + n.reference + " given on " + NoticePdfRenderer.format(n.dayGiven()) + (tribunal
                        ? ", as the First-tier Tribunal substituted its decision on appeal under section 163(3) of the "
                                + "Data Protection Act 2018."
                        : ", under section 153(1) of the Data Protection Act 2018, on your application under section "
                                + "153(2)."))));
        List<String> how = new ArrayList<>();
        if (v.terms != null && !v.terms.isBlank()) {
            how.add(v.terms.strip());
        }
        how.add("Every other requirement of the " + kind + " is unchanged.");
        sections.add(new NoticeText.Section("How it is varied", how));
        sections.add(new NoticeText.Section("Reasons", List.of(v.reasons.strip())));
        if (!tribunal) {
            sections.add(new NoticeText.Section("Rights of appeal", List.of("In so far as this decision refuses your "
                    + "application for the cancellation or variation of the enforcement notice, you may appeal against "
                    + "the refusal to the First-tier Tribunal (General Regulatory Chamber) under section 162(2) of the "
                    + "Data Protection Act 2018.")));
        }
        return new NoticeText(tribunal ? "Record of the tribunal's variation" : "Variation of an enforcement notice",
                n.reference + "/V" + (n.variations.size() + 1), n.caseReference, givenOn, n.recipients, sections);
    }
}
