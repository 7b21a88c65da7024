package org.casework.notifications.domain;

/** Where a message stands: waiting (first try or a retry), accepted by the mail server, or given up. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
