package org.casework.platform.security;

import java.util.Set;

/**
 * The realm roles of DESIGN §4. People hold the first four; machine clients hold {@link #SERVICE} and,
 * added by {@link CallerAugmentor} from the token's {@code azp}, one role naming the client itself.
 * An operation a machine may call allows the client roles of the services that need it, never
 * {@code service} alone: another service's credentials must not reach it (DESIGN §4, service identities).
 */
public final class Roles {

    public static final String CASEWORKER = "caseworker";
    public static final String DECISION_MAKER = "decision-maker";
    public static final String AUDITOR = "auditor";
    public static final String ORG_REPRESENTATIVE = "org-representative";
    public static final String SERVICE = "service";

    /** The prefix of a machine client's own role: {@code client:} and its OIDC client id. */
    public static final String CLIENT_PREFIX = "client:";
    public static final String CASE_SERVICE_CLIENT = CLIENT_PREFIX + "case-service";
    public static final String NOTICE_SERVICE_CLIENT = CLIENT_PREFIX + "notice-service";
    public static final String REPRESENTATION_SERVICE_CLIENT = CLIENT_PREFIX + "representation-service";

    public static final Set<String> SERVICE_CLIENTS = Set.of(CASE_SERVICE_CLIENT, NOTICE_SERVICE_CLIENT,
            REPRESENTATION_SERVICE_CLIENT);

    public static final Set<String> PERSON_ROLES = Set.of(CASEWORKER, DECISION_MAKER, AUDITOR, ORG_REPRESENTATIVE);

    private Roles() {
    }
}
