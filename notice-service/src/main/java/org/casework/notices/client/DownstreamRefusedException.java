package org.casework.notices.client;

/** The other service refused the request (a 4xx): retrying the same request would not help. */
public class DownstreamRefusedException extends DownstreamException {

    private final int status;
    private final String detail;
    private final String currentStatus;

    public DownstreamRefusedException(String service, int status, String detail, String currentStatus) {
        super(service, service + " refused with " + status + ": " + detail, null);
        this.status = status;
        this.detail = detail;
        this.currentStatus = currentStatus;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** For a refused case transition: the state the case is in (the problem's currentStatus). */
    public String currentStatus() {
        return currentStatus;
    }
}
