package org.casework.web;

/** The people the page tests sign in as (subjects as Keycloak would give them). */
public final class People {

    public static final String ADA = "a0000000-0000-4000-8000-00000000ada1";
    public static final String GRACE = "a0000000-0000-4000-8000-0000000067ac";
    public static final String ALAN = "a0000000-0000-4000-8000-00000000a1a2";
    /** notice-service's machine account, which acts for a person when it moves a case. */
    public static final String NOTICE_SERVICE = "a0000000-0000-4000-8000-0000000cafe2";
    /** Someone the directory does not know (an account since deleted). */
    public static final String DEPARTED = "a0000000-0000-4000-8000-00000000dead";

    private People() {
    }
}
