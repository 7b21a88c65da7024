package org.casework.portal.page;

/** The one role the portal serves: a person acting for an organisation (the realm gives staff no way in here). */
final class Roles {

    static final String ORGANISATION = "org-representative";

    private Roles() {
    }
}
