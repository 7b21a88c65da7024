package org.casework.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Swagger UI can sign in: the served document names the sign-in server, and the UI its client with PKCE. */
@QuarkusTest
class OpenApiSignInTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/q/openapi?format=json")
    URL openapi;

    @TestHTTPResource("/q/swagger-ui/index.html")
    URL swaggerUi;

    @Test
    void theServedSecuritySchemeNamesTheIssuersDiscoveryDocument() throws Exception {
        JsonNode scheme = new ObjectMapper().readTree(get(openapi)).path("components").path("securitySchemes").path("oidc");

        assertEquals("openIdConnect", scheme.path("type").asText());
        assertEquals("http://127.0.0.1:9/realms/regulator/.well-known/openid-configuration",
                scheme.path("openIdConnectUrl").asText());
    }

    @Test
    void swaggerUiSignsInThroughItsOwnClientWithPkce() throws Exception {
        String page = get(swaggerUi);

        assertTrue(page.contains("clientId: 'casework-swagger-ui'") || page.contains("clientId: \"casework-swagger-ui\""), page);
        assertTrue(page.contains("usePkceWithAuthorizationCodeGrant: true"), page);
    }

    private static String get(URL url) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), url + " answered " + answer.statusCode());
        return answer.body();
    }
}
