package org.casework.representations.domain;

/** A window is OPEN until its notice of intent is withdrawn; after its due date it is OPEN but past its deadline. */
public enum WindowStatus {
    OPEN,
    CLOSED
}
