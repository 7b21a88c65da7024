package org.casework.notices.domain;

/**
 * What a pending appeal does to what a notice requires (DPA 2018 Part 6). If an appeal is brought against an
 * information notice, the information need not be provided pending its determination or withdrawal (s.142(6)); against
 * an assessment notice, no requirement need be complied with meanwhile (s.146(7)); against an enforcement notice, the
 * same (s.150(7)). None of this applies where the notice states, with reasons, that compliance is urgent (s.142(7),
 * s.146(8)-(9), s.150(8)). A penalty notice's payment is barred by the appeal elsewhere ({@code RecoveryRules}).
 */
public final class AppealEffect {

    private AppealEffect() {
    }

    /** Whether the notice states compliance urgent (its own urgency statement), so an appeal does not suspend it. */
    public static boolean urgent(Notice n) {
        return switch (n.type) {
            case ENFORCEMENT_NOTICE -> n.enforcementUrgent;
            case INFORMATION_NOTICE -> n.informationTerms != null && n.informationTerms.urgent();
            case ASSESSMENT_NOTICE -> n.assessmentTerms != null && n.assessmentTerms.urgent();
            default -> false;
        };
    }

    /** True while an appeal is pending against an information, assessment or enforcement notice not stated urgent. */
    public static boolean suspendsCompliance(Notice n) {
        return n.appealPending && n.status == NoticeStatus.ISSUED && suspensible(n.type) && !urgent(n);
    }

    /** The rule that suspends (or, urgent, does not suspend) the notice's requirements; null for other notices. */
    public static String rule(Notice n) {
        boolean urgent = urgent(n);
        return switch (n.type) {
            case INFORMATION_NOTICE -> urgent ? "DPA 2018 s.142(7)" : "DPA 2018 s.142(6)";
            case ASSESSMENT_NOTICE -> urgent ? "DPA 2018 s.146(8)" : "DPA 2018 s.146(7)";
            case ENFORCEMENT_NOTICE -> urgent ? "DPA 2018 s.150(8)" : "DPA 2018 s.150(7)";
            default -> null;
        };
    }

    private static boolean suspensible(NoticeType type) {
        return type == NoticeType.INFORMATION_NOTICE || type == NoticeType.ASSESSMENT_NOTICE
                || type == NoticeType.ENFORCEMENT_NOTICE;
    }
}
