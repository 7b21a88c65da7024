package org.casework.notices.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a draft still lacks before it can be issued, checked as it is drafted and whenever it is read,
 * so a draft that could never be issued is visible at once, each part with its rule and where it is
 * corrected. Issuing refuses on the same parts: the statutory content ({@link StatutoryContent}) and
 * recipients that are no longer legal entities of the case with a 422 listing them, the organisation
 * id and the notice of intent with their own rules.
 */
public final class IssueReadiness {

    private IssueReadiness() {
    }

    /**
     * @param followed the draft's recipients as the case has them now ({@link NoticeRecipients#follow})
     * @param organisationId the organisation id the case records now (the portal shows notices by it)
     * @param paymentDetails the configured payment details, blank if none
     * @param appealRights the configured statement of appeal rights, blank if none
     */
    public static List<MissingPart> missing(Notice n, NoticeRecipients.Followed followed, String organisationId,
            String paymentDetails, String appealRights) {
        List<MissingPart> missing = new ArrayList<>(content(n, followed, paymentDetails, appealRights));
        if (n.type == NoticeType.NOTICE_OF_INTENT && blank(organisationId)) {
            missing.add(new MissingPart("organisation.id", "DPA 2018 Sch 16 para 3(3)(a)",
                    "The case records no organisation id, so the organisation's people could not see this notice or "
                            + "make representations on it", MissingPart.CASE));
        }
        if (n.type == NoticeType.PENALTY_NOTICE && n.noticeOfIntentId == null) {
            missing.add(new MissingPart("noticeOfIntentId", "DPA 2018 Sch 16 para 2(1)",
                    "The notice of intent this penalty notice follows is not named (none was live on the case when "
                            + "it was drafted)", MissingPart.NOTICE));
        }
        return missing;
    }

    /** The parts issuing refuses with one 422: the statutory content, and recipients no longer of the case. */
    public static List<MissingPart> content(Notice n, NoticeRecipients.Followed followed, String paymentDetails,
            String appealRights) {
        List<MissingPart> missing = new ArrayList<>();
        String nameRule = StatutoryContent.nameRule(n.type);
        for (int i : followed.notOfCase()) {
            missing.add(new MissingPart("recipients[" + i + "]", nameRule, followed.recipients().get(i).name()
                    + " is no longer a legal entity of case " + n.caseReference + ": choose the recipients again",
                    MissingPart.NOTICE));
        }
        missing.addAll(StatutoryContent.missing(n, followed.recipients(), paymentDetails, appealRights));
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
