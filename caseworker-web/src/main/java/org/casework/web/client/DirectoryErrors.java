package org.casework.web.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The directory's answers other than a person: 404 means no such person (an answer, kept like a name);
 * anything else means it cannot say now (a 401 after the client's secret was rotated, a 503 during a
 * restart). Bodies are not read or logged: they may hold other people's details.
 */
public class DirectoryErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        return response.getStatus() == 404 ? new NotInDirectoryException()
                : new DirectoryUnavailableException("the directory answered HTTP " + response.getStatus());
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }
}
