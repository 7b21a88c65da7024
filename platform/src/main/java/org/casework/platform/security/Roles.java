package org.casework.platform.security;

import java.util.Set;

/** The realm roles of DESIGN §4. People hold the first four; machine clients hold {@link #SERVICE}. */
public final class Roles {

    public static final String CASEWORKER = "caseworker";
    public static final String DECISION_MAKER = "decision-maker";
    public static final String AUDITOR = "auditor";
    public static final String ORG_REPRESENTATIVE = "org-representative";
    public static final String SERVICE = "service";

    public static final Set<String> PERSON_ROLES = Set.of(CASEWORKER, DECISION_MAKER, AUDITOR, ORG_REPRESENTATIVE);

    private Roles() {
    }
}
