package org.casework.platform.problem;

import java.io.IOException;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * A multipart body the parser cannot read (cut short, a header broken by a line feed in a file name,
 * no closing boundary) is the client's fault: 400, not the 500 the parser's exceptions would give.
 */
public class MultipartBodyMappers {

    @ServerExceptionMapper
    public Response malformed(MultipartParser.MalformedMessageException e) {
        return unreadable();
    }

    @ServerExceptionMapper
    public Response tooLarge(MultiPartParserDefinition.FileTooLargeException e) {
        return ProblemResponses.of(new Problem("payload-too-large", "Payload too large", 413,
                "A file in the request is larger than this service accepts"));
    }

    /** The parser reports a body that ends early as an IOException; any other IOException is the service's own. */
    @ServerExceptionMapper
    public Response io(IOException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(MultiPartParserDefinition.class.getName())) {
                return unreadable();
            }
        }
        return ProblemExceptionMappers.internalError(e);
    }

    private static Response unreadable() {
        return ProblemResponses.of(new Problem("malformed-multipart", "Malformed multipart body", 400,
                "The multipart/form-data body could not be read: check each part's headers and the closing boundary"));
    }
}
