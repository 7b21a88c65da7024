package org.casework.notifications.domain;

import java.util.Map;

/** The notice types' names as an email says them, in lower case after "a" or "the". */
public final class NoticeTypes {

    private static final Map<String, String> NAMES = Map.of(
            "NOTICE_OF_INTENT", "notice of intent",
            "PENALTY_NOTICE", "penalty notice",
            "REPRIMAND", "reprimand",
            "WARNING", "warning",
            "ENFORCEMENT_NOTICE", "enforcement notice",
            "NO_FURTHER_ACTION", "decision to take no further action",
            "INFORMATION_NOTICE", "information notice",
            "ASSESSMENT_NOTICE", "assessment notice");

    private NoticeTypes() {
    }

    public static boolean isKnown(String type) {
        return NAMES.containsKey(type);
    }

    public static String name(String type) {
        return NAMES.getOrDefault(type, "notice");
    }

    /** Final decisions, as opposed to the notice of intent and the investigatory notices. */
    public static boolean isDecision(String type) {
        return switch (type) {
            case "PENALTY_NOTICE", "REPRIMAND", "WARNING", "ENFORCEMENT_NOTICE", "NO_FURTHER_ACTION" -> true;
            default -> false;
        };
    }
}
