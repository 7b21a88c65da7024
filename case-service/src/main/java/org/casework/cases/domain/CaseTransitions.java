package org.casework.cases.domain;

import static org.casework.cases.domain.CaseStatus.APPEALED;
import static org.casework.cases.domain.CaseStatus.CLOSED;
import static org.casework.cases.domain.CaseStatus.DECIDED;
import static org.casework.cases.domain.CaseStatus.INVESTIGATING;
import static org.casework.cases.domain.CaseStatus.NOTICE_OF_INTENT_ISSUED;
import static org.casework.cases.domain.CaseStatus.OPEN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The case state machine of DESIGN §3:
 *
 * <pre>
 * OPEN → INVESTIGATING → NOTICE_OF_INTENT_ISSUED → DECIDED → CLOSED
 * INVESTIGATING → DECIDED                    (reprimand, warning, enforcement notice, no further action)
 * NOTICE_OF_INTENT_ISSUED → DECIDED          (also a decision not to fine after representations)
 * NOTICE_OF_INTENT_ISSUED → INVESTIGATING    (the notice of intent is withdrawn)
 * DECIDED → APPEALED                         (an appeal to the First-tier Tribunal is recorded, DPA 2018 s.162)
 * APPEALED → DECIDED                         (the appeal is determined, s.163, or withdrawn)
 * </pre>
 *
 * A case closes only from DECIDED: while an appeal is pending it cannot close.
 *
 * Every other move, including staying in the same state, is illegal.
 */
public final class CaseTransitions {

    private static final Map<CaseStatus, Set<CaseStatus>> LEGAL = Map.of(
            OPEN, EnumSet.of(INVESTIGATING),
            INVESTIGATING, EnumSet.of(NOTICE_OF_INTENT_ISSUED, DECIDED),
            NOTICE_OF_INTENT_ISSUED, EnumSet.of(DECIDED, INVESTIGATING),
            DECIDED, EnumSet.of(CLOSED, APPEALED),
            APPEALED, EnumSet.of(DECIDED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    private CaseTransitions() {
    }

    public static boolean isLegal(CaseStatus from, CaseStatus to) {
        return LEGAL.get(from).contains(to);
    }

    public static Set<CaseStatus> legalTargets(CaseStatus from) {
        Set<CaseStatus> targets = EnumSet.noneOf(CaseStatus.class);
        targets.addAll(LEGAL.get(from));
        return targets;
    }

    /**
     * A move that records a decision about a notice must name the notice: issuing or withdrawing a
     * notice of intent, any final decision, and an appeal against one being recorded or ending.
     */
    public static boolean requiresNotice(CaseStatus from, CaseStatus to) {
        return to == NOTICE_OF_INTENT_ISSUED || to == DECIDED || to == APPEALED
                || (from == NOTICE_OF_INTENT_ISSUED && to == INVESTIGATING);
    }

    /**
     * Caseworkers may start their investigation; notice-service (the only machine allowed to move a case) makes
     * just the moves that rest on a notice it issues or withdraws, or an appeal against one it records; a decision-maker may make any legal move.
     */
    public static boolean allowedFor(Actor actor, CaseStatus from, CaseStatus to) {
        return switch (actor) {
            case DECISION_MAKER -> true;
            case SERVICE -> requiresNotice(from, to);
            case CASEWORKER -> from == OPEN && to == INVESTIGATING;
        };
    }

    /** Who asks for a transition, as far as the state machine cares. */
    public enum Actor {
        CASEWORKER,
        DECISION_MAKER,
        SERVICE
    }
}
