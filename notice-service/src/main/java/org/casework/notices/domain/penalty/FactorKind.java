package org.casework.notices.domain.penalty;

/** Step 4: whether a factor raises (aggravating) or lowers (mitigating) the starting point. */
public enum FactorKind {
    AGGRAVATING,
    MITIGATING
}
