package org.casework.cases.domain;

import java.util.List;

import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;

/** A move the state machine does not allow from the current state: a 409 naming both states. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(CaseStatus current, CaseStatus requested) {
        super(new Problem("illegal-transition", "Illegal transition", 409,
                "A case in state " + current + " cannot move to " + requested)
                .with("currentStatus", current)
                .with("requestedStatus", requested)
                .with("allowedTargets", List.copyOf(CaseTransitions.legalTargets(current))));
    }
}
