package org.casework.notices.client;

/**
 * How a call to another service authenticates: the signed-in person's own token (so the other
 * service's audit names them), or notice-service's client-credentials token with the person it acts
 * for passed along.
 */
public record Credentials(String authorization, String onBehalfOf) {

    public static Credentials ofPerson(String bearerToken) {
        return new Credentials("Bearer " + bearerToken, null);
    }

    public static Credentials ofService(String bearerToken, String onBehalfOf) {
        return new Credentials("Bearer " + bearerToken, onBehalfOf);
    }
}
