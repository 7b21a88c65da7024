package org.casework.platform.audit.witness;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Every error answer of a peer is "not available this time": a witness never reads a peer's refusal
 * as evidence about its log (a 401 after a key rotation at the issuer, a 503 during a deploy). Only a
 * signed checkpoint or a proof that fails to verify is evidence. The peer's body is not logged.
 */
public class PeerErrors implements ResponseExceptionMapper<PeerUnavailableException> {

    @Override
    public PeerUnavailableException toThrowable(Response response) {
        return new PeerUnavailableException("answered HTTP " + response.getStatus());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }
}
