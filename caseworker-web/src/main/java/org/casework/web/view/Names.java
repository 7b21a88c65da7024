package org.casework.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names for one page, from the directory ({@code client/PeopleDirectory}). A subject it could not name
 * is shown as it is: an id an administrator can still look up, never a guess.
 */
public record Names(Map<String, String> known) {

    /** How case-service records a service acting for a person: "person (via service)". */
    private static final Pattern VIA = Pattern.compile("^(\\S+) \\(via (\\S+)\\)$");

    public Names {
        known = Map.copyOf(known);
    }

    public static Names none() {
        return new Names(Map.of());
    }

    /** "Ada Byron", or the subject itself. */
    public String of(String subject) {
        return subject == null ? "" : known.getOrDefault(subject, subject);
    }

    /** Whether the directory named this subject. */
    public boolean knows(String subject) {
        return subject != null && known.containsKey(subject);
    }

    /** Who acted, as recorded: "Grace Hopper through notice-service" for a service acting for a person. */
    public String actor(String actor) {
        if (actor == null) {
            return "";
        }
        Matcher via = VIA.matcher(actor);
        return via.matches() ? of(via.group(1)) + " through " + of(via.group(2)) : of(actor);
    }

    /** The subjects in recorded actors, to ask the directory for. */
    public static List<String> subjectsIn(String actor) {
        List<String> subjects = new ArrayList<>();
        if (actor != null) {
            Matcher via = VIA.matcher(actor);
            if (via.matches()) {
                subjects.add(via.group(1));
                subjects.add(via.group(2));
            } else {
                subjects.add(actor);
            }
        }
        return subjects;
    }
}
