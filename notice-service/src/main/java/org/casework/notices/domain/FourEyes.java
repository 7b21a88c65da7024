package org.casework.notices.domain;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.casework.notices.domain.FourEyesException.Exclusion;

/**
 * Four eyes on a notice: the decision-maker who issues it must be independent of the work it rests on,
 * so the notice is given by someone other than whoever drafted it, investigated the case (anyone assigned
 * to it at any time, not only today's assignee, so reassigning cannot clear the way) or recorded a
 * finding on it. Who was assigned and who recorded findings are case-service's facts, passed in.
 */
public record FourEyes(String drafter, Set<String> everAssigned, Set<String> findingAuthors) {

    public FourEyes {
        everAssigned = Set.copyOf(everAssigned);
        findingAuthors = Set.copyOf(findingAuthors);
    }

    /** The facts of one notice: its drafter, the case's assignees past and present, its findings' authors. */
    public static FourEyes of(String drafter, String currentAssignee, Collection<String> pastAssignees,
            Collection<String> findingAuthors) {
        Set<String> assigned = new TreeSet<>();
        if (currentAssignee != null) {
            assigned.add(currentAssignee);
        }
        pastAssignees.stream().filter(s -> s != null).forEach(assigned::add);
        Set<String> authors = new TreeSet<>();
        findingAuthors.stream().filter(s -> s != null).forEach(authors::add);
        return new FourEyes(drafter, assigned, authors);
    }

    /** Refuses the issuer under the first exclusion that applies: drafter, then assignee, then finding author. */
    public void requireIndependent(String issuer) {
        if (issuer == null) {
            return;
        }
        if (issuer.equals(drafter)) {
            throw new FourEyesException(Exclusion.DRAFTER,
                    "You drafted this notice: it must be issued by another decision-maker");
        }
        if (everAssigned.contains(issuer)) {
            throw new FourEyesException(Exclusion.ASSIGNED,
                    "You have been assigned to this case: a notice on it must be issued by a decision-maker who never was");
        }
        if (findingAuthors.contains(issuer)) {
            throw new FourEyesException(Exclusion.FINDING_AUTHOR,
                    "You recorded a finding on this case: a notice on it must be issued by a decision-maker who did not");
        }
    }
}
