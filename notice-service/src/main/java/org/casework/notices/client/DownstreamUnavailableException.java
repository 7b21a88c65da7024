package org.casework.notices.client;

/** The other service did not answer in time, or answered with a server error: worth retrying. */
public class DownstreamUnavailableException extends DownstreamException {

    public DownstreamUnavailableException(String service, String message, Throwable cause) {
        super(service, message, cause);
    }
}
