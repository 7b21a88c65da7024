package org.casework.notices.service.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeVariation;

/**
 * The words of a notice varying an enforcement notice (DPA 2018 s.153(1)): which notice it varies, the steps' new
 * compliance dates, the reasons, and the right to appeal where an application under s.153 was not granted in full
 * (s.162(2)).
 */
public final class EnforcementVariationText {

    private EnforcementVariationText() {
    }

    public static NoticeText of(Notice n, NoticeVariation v, LocalDate givenOn) {
        List<NoticeText.Section> sections = new ArrayList<>();
        sections.add(new NoticeText.Section("The enforcement notice varied", List.of("This notice varies enforcement "
                + "notice " + n.reference + " given on " + NoticePdfRenderer.format(n.issuedOn) + ", under section 153(1) "
                + "of the Data Protection Act 2018, on your application under section 153(2).")));
        List<String> how = new ArrayList<>();
        if (v.terms != null && !v.terms.isBlank()) {
            how.add(v.terms.strip());
        }
        how.add("Every other requirement of the enforcement notice is unchanged.");
        sections.add(new NoticeText.Section("How it is varied", how));
        sections.add(new NoticeText.Section("Reasons", List.of(v.reasons.strip())));
        sections.add(new NoticeText.Section("Rights of appeal", List.of("In so far as this decision refuses your "
                + "application for the cancellation or variation of the enforcement notice, you may appeal against the "
                + "refusal to the First-tier Tribunal (General Regulatory Chamber) under section 162(2) of the Data "
                + "Protection Act 2018.")));
        return new NoticeText("Variation of an enforcement notice", n.reference + "/V" + (n.variations.size() + 1),
                n.caseReference, givenOn, n.recipients, sections);
    }
}
