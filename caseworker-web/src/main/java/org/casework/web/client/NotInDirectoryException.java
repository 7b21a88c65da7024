package org.casework.web.client;

/** The directory answered that no such person exists (a deleted account, a subject from another realm). */
public class NotInDirectoryException extends RuntimeException {

    public NotInDirectoryException() {
        super("not in the directory", null, false, false);
    }
}
