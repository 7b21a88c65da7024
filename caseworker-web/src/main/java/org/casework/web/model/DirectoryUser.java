package org.casework.web.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A person (or a machine client's account) as the identity provider names them; nothing else is read. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryUser(String id, String username, String firstName, String lastName) {

    private static final String SERVICE_ACCOUNT = "service-account-";

    /** "Ada Byron"; a machine client by its own name ("notice-service"); else the user name, or null. */
    public String displayName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        if (!full.isEmpty()) {
            return full;
        }
        if (username != null && username.startsWith(SERVICE_ACCOUNT)) {
            return username.substring(SERVICE_ACCOUNT.length());
        }
        return username == null || username.isBlank() ? null : username;
    }
}
