package org.casework.representations.service;

import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Caller;

/**
 * An organisation's user sees only their own organisation's notices and representations; anything
 * else answers exactly as if it did not exist (404), so ids cannot be probed.
 */
public final class OrganisationScope {

    private OrganisationScope() {
    }

    public static String of(Caller caller) {
        String organisation = caller.organisationId();
        if (organisation == null || organisation.isBlank()) {
            throw ProblemException.forbidden("no-organisation",
                    "Your account is not linked to an organisation; ask the regulator to link it");
        }
        return organisation;
    }

    public static ProblemException notFound(String what) {
        return ProblemException.notFound(what);
    }
}
