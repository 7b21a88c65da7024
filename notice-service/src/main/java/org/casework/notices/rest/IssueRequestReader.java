package org.casework.notices.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.casework.notices.rest.NoticeActionResource.IssueRequest;

/**
 * The issue's body is optional, and clients written before it existed send none and no Content-Type (which JAX-RS
 * reads as application/octet-stream). This reads such an empty body as "no request" (the default method); a body that
 * is not JSON is still refused with 415. JSON goes to the JSON reader as usual.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class IssueRequestReader implements MessageBodyReader<IssueRequest> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == IssueRequest.class && !isJson(mediaType);
    }

    @Override
    public IssueRequest readFrom(Class<IssueRequest> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        if (entityStream.read() == -1) {
            return null;
        }
        throw new NotSupportedException("The body must be JSON (application/json)");
    }

    private static boolean isJson(MediaType m) {
        return m != null && ("json".equals(m.getSubtype()) || m.getSubtype().endsWith("+json"));
    }
}
