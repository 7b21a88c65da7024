package org.casework.web.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.casework.web.config.WebConfig;
import org.casework.web.service.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the APIs with the signed-in person's access token, so each service checks (and audits) the
 * person, never the web UI. Answers JSON as plain maps and lists for the templates; a refusal is an
 * {@link ApiProblemException} carrying the problem, no answer an {@link ApiUnavailableException}.
 */
@ApplicationScoped
public class ApiGateway {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(3)).build();
    private final ObjectMapper mapper;
    private final WebConfig config;
    private final CurrentUser user;

    public ApiGateway(ObjectMapper mapper, WebConfig config, CurrentUser user) {
        this.mapper = mapper;
        this.config = config;
        this.user = user;
    }

    public Object get(Service service, String path, Map<String, String> query) {
        return json(send(service, request(service, path + queryString(query)).GET()));
    }

    public Object get(Service service, String path) {
        return get(service, path, Map.of());
    }

    public Object send(Service service, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(service, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return json(send(service, request));
    }

    /** A file from an API, streamed through: its bytes and the headers worth passing on. */
    public record Download(InputStream body, String contentType, String disposition, String etag, long length) {
    }

    public Download download(Service service, String path) {
        HttpRequest r = request(service, path).GET().build();
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
            throw new ApiUnavailableException(service.label(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailableException(service.label(), e);
        }
    }

    private HttpRequest.Builder request(Service service, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base(service) + path))
                .timeout(config.apiTimeout())
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
                throw new ApiUnavailableException(service.label(), null);
            }
            if (response.statusCode() >= 400) {
                throw problem(service, response.statusCode(), response.body());
            }
            return response;
        } catch (IOException e) {
            throw new ApiUnavailableException(service.label(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailableException(service.label(), e);
        }
    }

    private ApiProblemException problem(Service service, int status, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String title = "Request refused";
        String detail = service.label() + " refused the request";
        try {
            JsonNode problem = mapper.readTree(body);
            title = problem.path("title").asText(title);
            detail = problem.path("detail").asText(detail);
            for (JsonNode e : problem.path("errors")) {
                fields.putIfAbsent(e.path("field").asText(), e.path("message").asText());
            }
            for (JsonNode m : problem.path("missing")) {
                fields.putIfAbsent(m.path("part").asText(), m.path("message").asText());
            }
        } catch (IOException | RuntimeException e) {
            // not a problem document: keep the generic words
        }
        return new ApiProblemException(status, title, detail, fields);
    }

    private Object json(HttpResponse<String> response) {
        if (response.body() == null || response.body().isBlank()) {
            return Map.of();
        }
        try {
            return mapper.readValue(response.body(), Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("an API answered something that is not JSON", e);
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
