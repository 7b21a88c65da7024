package org.casework.notifications.domain;

/** A contact list the register refuses, naming the field at fault. */
public class InvalidContacts extends RuntimeException {

    private final String field;

    public InvalidContacts(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
