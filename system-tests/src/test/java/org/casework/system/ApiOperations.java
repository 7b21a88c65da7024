package org.casework.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every operation each service documents in its /q/openapi, read from the running services. */
final class ApiOperations {

    /** One documented operation: where, how, and what it takes. */
    record Operation(String service, String baseUrl, String method, String path, List<String> queryParams,
            List<String> headerParams, String bodyType, JsonNode bodySchema, JsonNode document) {

        String key() {
            return service + " " + method + " " + path;
        }

        boolean hasBody() {
            return bodyType != null;
        }

        /** Whether the document lists this status among the operation's answers (or a default answer). */
        boolean documents(int status) {
            JsonNode responses = document.path("paths").path(path).path(method.toLowerCase()).path("responses");
            return responses.has(String.valueOf(status)) || responses.has("default");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiOperations() {
    }

    static List<Operation> of(Suite suite) throws Exception {
        List<Operation> ops = new ArrayList<>();
        for (var service : Map.of("case-service", suite.cases.url(), "notice-service", suite.notices.url(),
                "representation-service", suite.representations.url()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            JsonNode doc = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(service.getValue() + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString()).body());
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
                var path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                    var m = methods.next();
                    if (!List.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                        continue;
                    }
                    JsonNode op = m.getValue();
                    List<String> query = new ArrayList<>();
                    List<String> headers = new ArrayList<>();
                    for (JsonNode p : op.path("parameters")) {
                        JsonNode param = p.has("$ref") ? resolve(doc, p.get("$ref").asText()) : p;
                        if ("query".equals(param.path("in").asText())) {
                            query.add(param.path("name").asText());
                        } else if ("header".equals(param.path("in").asText())) {
                            headers.add(param.path("name").asText());
                        }
                    }
                    String bodyType = null;
                    JsonNode schema = null;
                    JsonNode content = op.path("requestBody").path("content");
                    if (content.isObject() && content.fieldNames().hasNext()) {
                        bodyType = content.fieldNames().next();
                        schema = content.path(bodyType).path("schema");
                        if (schema.has("$ref")) {
                            schema = resolve(doc, schema.get("$ref").asText());
                        }
                    }
                    ops.add(new Operation(service.getKey(), service.getValue(), m.getKey().toUpperCase(), path.getKey(), query,
                            headers, bodyType, schema, doc));
                }
            }
        }
        return ops;
    }

    static JsonNode resolve(JsonNode doc, String ref) {
        JsonNode at = doc;
        for (String part : ref.substring(2).split("/")) {
            at = at.path(part);
        }
        return at;
    }
}
