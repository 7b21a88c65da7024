package org.casework.portal.model;

/**
 * A person of the organisation as the portal names them: the one signed in is "you"; a colleague by the name
 * representation-service kept when they acted; and, for what was sent before names were kept, "someone else at
 * your organisation" (the portal has no directory to look a subject up in, and needs none).
 */
final class Who {

    private Who() {
    }

    static String named(String subject, String name, String me, boolean onItsOwn) {
        String who;
        if (subject != null && subject.equals(me)) {
            who = "you";
        } else if (name != null && !name.isBlank()) {
            return name;
        } else {
            who = "someone else at your organisation";
        }
        return onItsOwn ? Character.toUpperCase(who.charAt(0)) + who.substring(1) : who;
    }
}
