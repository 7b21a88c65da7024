package org.casework.web.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.config.WebConfig;
import org.casework.web.model.MissingPart;
import org.casework.web.view.CurrentUser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the APIs with the signed-in person's access token, so each service checks (and audits) the
 * person, never the web UI. Answers are read into the records of {@code org.casework.web.model}; a
 * refusal is an {@link ApiProblemException} carrying the problem, no answer an {@link ApiUnavailableException}.
 */
@ApplicationScoped
public class ApiGateway {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper mapper;
    private final WebConfig config;
    private final CurrentUser user;

    public ApiGateway(ObjectMapper mapper, WebConfig config, CurrentUser user) {
        this.mapper = mapper;
        this.config = config;
        this.user = user;
    }

    public <T> T get(Service service, String path, Map<String, String> query, TypeReference<T> answer) {
        return read(send(service, request(service, path + queryString(query), config.apiTimeout()).GET()),
                mapper.getTypeFactory().constructType(answer));
    }

    public <T> T get(Service service, String path, Class<T> answer) {
        return read(send(service, request(service, path, config.apiTimeout()).GET()),
                mapper.getTypeFactory().constructType(answer));
    }

    /** A change: the body as JSON, the headers given (If-Match, Idempotency-Key), the answer read as {@code answer}. */
    public <T> T send(Service service, String method, String path, Object body, Map<String, String> headers,
            Class<T> answer) {
        return send(service, method, path, body, headers, answer, config.apiTimeout());
    }

    /** The same, waiting up to {@code timeout}: for work known to take longer than a read (issuing a notice). */
    public <T> T send(Service service, String method, String path, Object body, Map<String, String> headers,
            Class<T> answer, Duration timeout) {
        HttpRequest.Builder request = request(service, path, timeout).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        HttpResponse<String> response = send(service, request);
        return answer == Void.class ? null : read(response, mapper.getTypeFactory().constructType(answer));
    }

    /** Files and text fields as multipart/form-data (a hearing's record with its documents); no answer is read. */
    public void sendMultipart(Service service, String path, Multipart body) {
        sendMultipart(service, path, body, Void.class);
    }

    /** The same, the answer read as {@code answer} (a document's id and SHA-256 as the service took it). */
    public <T> T sendMultipart(Service service, String path, Multipart body, Class<T> answer) {
        HttpResponse<String> response = send(service, request(service, path, config.issueTimeout())
                .header("Content-Type", body.contentType()).POST(body.body()));
        return answer == Void.class ? null : read(response, mapper.getTypeFactory().constructType(answer));
    }

    /** The same with headers (an Idempotency-Key): an upload of unpaid fees, its answer read as {@code answer}. */
    public <T> T sendMultipart(Service service, String path, Multipart body, Map<String, String> headers,
            Class<T> answer) {
        HttpRequest.Builder request = request(service, path, config.issueTimeout())
                .header("Content-Type", body.contentType()).POST(body.body());
        headers.forEach(request::header);
        return read(send(service, request), mapper.getTypeFactory().constructType(answer));
    }

    /** A file from an API, streamed through: its bytes and the headers worth passing on. */
    public record Download(InputStream body, String contentType, String disposition, String etag, long length) {
    }

    public Download download(Service service, String path) {
        HttpRequest r = request(service, path, config.apiTimeout()).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(r, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() >= 400) {
                String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                throw problem(service, response.statusCode(), body);
            }
            return new Download(response.body(), response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                    response.headers().firstValue("Content-Disposition").orElse("attachment"),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValueAsLong("Content-Length").orElse(-1));
        } catch (IOException e) {
            throw new ApiUnavailableException(service.label(), e, e instanceof HttpTimeoutException);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailableException(service.label(), e, false);
        }
    }

    private HttpRequest.Builder request(Service service, String path, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base(service) + path))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json, */*");
        String token = user.accessToken();
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(Service service, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500 || response.statusCode() == 429) {
                throw new ApiUnavailableException(service.label(), null, false);
            }
            if (response.statusCode() >= 400) {
                throw problem(service, response.statusCode(), response.body());
            }
            return response;
        } catch (IOException e) {
            // a timeout means the service may still be doing the work: the page must not say nothing was done
            throw new ApiUnavailableException(service.label(), e, e instanceof HttpTimeoutException);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailableException(service.label(), e, false);
        }
    }

    private ApiProblemException problem(Service service, int status, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<MissingPart> missing = new ArrayList<>();
        String title = "Request refused";
        String detail = service.label() + " refused the request";
        String rule = null;
        String code = null;
        try {
            JsonNode problem = mapper.readTree(body);
            String type = problem.path("type").asText("");
            code = type.isEmpty() || "about:blank".equals(type) ? null : type.substring(type.lastIndexOf('/') + 1);
            title = problem.path("title").asText(title);
            detail = problem.path("detail").asText(detail);
            rule = problem.hasNonNull("rule") ? problem.get("rule").asText() : null;
            for (JsonNode e : problem.path("errors")) {
                fields.putIfAbsent(e.path("field").asText(), e.path("message").asText());
            }
            for (JsonNode m : problem.path("missing")) {
                String part = m.path("part").asText();
                missing.add(new MissingPart(part, m.path("rule").asText(), m.path("message").asText(),
                        m.path("correctIn").asText(MissingPart.placeOf(part))));
            }
        } catch (IOException | RuntimeException e) {
            // not a problem document: keep the generic words
        }
        return new ApiProblemException(status, title, detail, fields, missing, rule).withCode(code);
    }

    private <T> T read(HttpResponse<String> response, JavaType type) {
        try {
            return mapper.readValue(response.body() == null || response.body().isBlank() ? "null" : response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("an API answered something that is not the expected JSON", e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String base(Service service) {
        return switch (service) {
            case CASES -> config.caseService();
            case NOTICES -> config.noticeService();
            case REPRESENTATIONS -> config.representationService();
        };
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? "?" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }
}
