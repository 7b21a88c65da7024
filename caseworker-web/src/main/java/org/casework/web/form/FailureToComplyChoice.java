package org.casework.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.casework.web.client.ApiUnavailableException;
import org.casework.web.model.Notice;
import org.casework.web.model.NoticeTerms;
import org.casework.web.support.GovukFormats;
import org.casework.web.view.Formats;

import io.quarkus.qute.TemplateData;

/**
 * The notice-of-intent draft's question "Is this a penalty for failing to comply with a notice?" (DPA 2018
 * s.155(1)(b)). It lists the case's given information and assessment notices with a non-compliance record and its
 * enforcement notices with a step found NOT_COMPLIED; choosing one sends {@code failureToComplyWith} and the higher
 * maximum (s.157(4)), whatever tier the calculator's question says. notice-service checks the basis again.
 *
 * @param asked whether the draft asks it (a notice of intent; a penalty notice takes it from its notice of intent)
 * @param notices the notices that can be chosen, besides "No"
 * @param unread true when notice-service did not answer the case's notices
 */
@TemplateData
public record FailureToComplyChoice(boolean asked, List<Option> notices, boolean unread) {

    public static final String FIELD = "failure-to-comply-with";
    /** The answer for a penalty under s.155(1)(a): nothing is sent. */
    public static final String NONE = "none";
    public static final FailureToComplyChoice NOT_ASKED = new FailureToComplyChoice(false, List.of(), false);

    /** The question for a draft of {@code type}, or "could not be read" when notice-service does not answer. */
    public static FailureToComplyChoice read(String type, Supplier<List<Notice>> caseNotices) {
        if (!"NOTICE_OF_INTENT".equals(type)) {
            return NOT_ASKED;
        }
        try {
            return of(type, caseNotices.get());
        } catch (ApiUnavailableException e) {
            return new FailureToComplyChoice(true, List.of(), true);
        }
    }

    /** The question for a draft of {@code type}, from the case's notices. */
    public static FailureToComplyChoice of(String type, List<Notice> caseNotices) {
        if (!"NOTICE_OF_INTENT".equals(type)) {
            return NOT_ASKED;
        }
        List<Option> options = new ArrayList<>();
        for (Notice n : caseNotices) {
            String found = notComplied(n);
            if (found != null) {
                options.add(new Option(n.id(), n.reference().orElse("A notice") + ": " + Formats.wordsOf(n.type())
                        .toLowerCase() + n.issuedOn().map(d -> " given on " + GovukFormats.longDate(d)).orElse(""), found));
            }
        }
        return new FailureToComplyChoice(true, options, false);
    }

    /** The choices as radios: "No" first, then each notice. */
    public List<Option> radios() {
        List<Option> all = new ArrayList<>();
        all.add(new Option(NONE, "No", "A penalty for a failure of section 149(2) to (5) (section 155(1)(a))"));
        all.addAll(notices);
        return all;
    }

    /** The notice chosen, or null for "No" (or no answer). */
    public static String chosen(Form form) {
        String v = form.value(FIELD);
        return v.isBlank() || NONE.equals(v) ? null : v;
    }

    /** With a notice chosen the calculation is on the higher maximum (s.157(4)): the form says HIGHER from here on. */
    public static void higherMaximum(Form form) {
        if (chosen(form) != null) {
            form.set("tier", "HIGHER");
        }
    }

    /** An edited draft's answer as it stands: its notice, or "No"; and then the higher maximum. */
    public static Form prefilled(Form form, Notice draft) {
        if (draft.isNoticeOfIntent()) {
            form.set(FIELD, draft.failureToComply().map(Notice.FailureToComply::noticeId).orElse(NONE));
            higherMaximum(form);
        }
        return form;
    }

    /**
     * The merge patch of an edited draft: the notice chosen; null (removing it) when "No" is chosen on a draft that
     * had one; nothing otherwise.
     */
    public static void patch(Form form, Map<String, Object> patch, Notice draft) {
        put(form, patch);
        if (chosen(form) == null && NONE.equals(form.value(FIELD)) && draft.failureToComply().isPresent()) {
            patch.put("failureToComplyWith", null);
        }
    }

    /** Puts {@code failureToComplyWith} into the draft's content when a notice is chosen; nothing otherwise. */
    public static void put(Form form, Map<String, Object> content) {
        String chosen = chosen(form);
        if (chosen != null) {
            content.put("failureToComplyWith", chosen);
        }
    }

    /** Why {@code n} can be the basis, in words, or null if it cannot (not given, or nothing found not complied with). */
    private static String notComplied(Notice n) {
        if (!n.isIssued()) {
            return null;
        }
        if ((n.isInformationNotice() || n.isAssessmentNotice()) && n.nonCompliance().isPresent()) {
            return "Not complied with: the period ended on " + GovukFormats.longDate(n.nonCompliance().get().periodEndedOn());
        }
        if (n.isEnforcementNotice() && n.enforcement().map(e -> e.steps().stream().map(NoticeTerms.Step::status)
                .anyMatch(s -> s.filter("NOT_COMPLIED"::equals).isPresent())).orElse(false)) {
            return "A step was found not complied with";
        }
        return null;
    }
}
