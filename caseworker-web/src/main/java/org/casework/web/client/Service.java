package org.casework.web.client;

/** The three APIs the web UI calls. */
public enum Service {
    CASES("case-service", "the case service"),
    NOTICES("notice-service", "the notice service"),
    REPRESENTATIONS("representation-service", "the representation service");

    private final String id;
    private final String label;

    Service(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The service's name as operators and auditors know it. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
