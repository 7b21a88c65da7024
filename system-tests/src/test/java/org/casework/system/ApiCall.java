package org.casework.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** One raw HTTP call to a service: any method, any bytes, any headers; the answer's status, type and body. */
final class ApiCall {

    /** @param rateLimit the answer's RateLimit field (the caller's remaining quota), if any */
    record Answer(int status, String contentType, String body, String rateLimit) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    static final String BOUNDARY = "casework-security-suite";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiCall() {
    }

    static Answer send(String baseUrl, String method, String pathAndQuery, String authorization, String contentType, byte[] body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                r.headers().firstValue("RateLimit").orElse(null));
    }

    /** The smallest request body an operation's content type accepts that is still incomplete (nothing in it is valid work). */
    static byte[] emptyBody(String contentType) {
        if (contentType == null) {
            return null;
        }
        if (contentType.startsWith("multipart/")) {
            return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"nothing\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }
        return "{}".getBytes(StandardCharsets.US_ASCII);
    }

    static String contentTypeHeader(String contentType) {
        return contentType == null ? null : contentType.startsWith("multipart/") ? contentType + "; boundary=" + BOUNDARY : contentType;
    }
}
