package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rotation runbook's step that reaches Keycloak (docs/deploy.md, "Rotating an OIDC client secret"): the realm
 * import never changes an existing realm, so {@code k8s/scripts/push-oidc-client-secret} gives the client its new
 * secret through the admin REST API. Run here against Keycloak 26.7.3 with the repository's realm, as the runbook runs
 * it through a port-forward, over HTTPS with the CA checked: afterwards the client signs in with the new secret only, and
 * keeps its other settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSecretRotationIT {

    private static final Path SCRIPT = Manifests.ROOT.resolve("k8s/scripts/push-oidc-client-secret");
    /** The repository realm's local secret for case-service, which the dev overlay's import also defaults to. */
    private static final String OLD = "local-case-service-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private KeycloakFromSnapshot keycloak;
    private boolean ready;
    private Path work;

    @BeforeAll
    void startKeycloak() throws Exception {
        work = Files.createDirectories(Manifests.ROOT.resolve("k8s-tests/target/client-secret-rotation"));
        keycloak = new KeycloakFromSnapshot(Manifests.ROOT.resolve("keycloak/regulator-realm.json"), work);
        keycloak.start();
        // the server's own wait, with room for a busy machine; the realm is then not saved as a snapshot on close
        keycloak.server().awaitReady(java.time.Duration.ofSeconds(600));
        ready = true;
    }

    /** Puts the realm's own secret back before Keycloak stops, so the data left behind is the realm's. */
    @AfterAll
    void restoreAndStopKeycloak() throws Exception {
        if (keycloak == null) {
            return;
        }
        try {
            if (!ready) {
                return;
            }
            String admin = field(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + keycloak.server().port()
                    + "/realms/master/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))),
                    "access_token");
            String clients = "http://127.0.0.1:" + keycloak.server().port() + "/admin/realms/regulator/clients";
            String id = field(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=case-service"))
                    .header("Authorization", "Bearer " + admin)), "id");
            int status = http.send(HttpRequest.newBuilder(URI.create(clients + "/" + id)).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"secret\":\"" + OLD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as("restoring the realm's secret").isEqualTo(204);
            assertThat(clientCredentials("case-service", OLD)).isEqualTo(200);
        } finally {
            keycloak.close();
        }
    }

    private String send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    @Test
    void theScriptGivesTheClientItsNewSecretAndTheOldOneNoLongerSignsIn() throws Exception {
        assertThat(clientCredentials("case-service", OLD)).as("before: the realm's secret").isEqualTo(200);
        String rotated = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

        Result result = push("case-service", rotated, "admin");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("case-service in realm regulator now has the new secret").doesNotContain(rotated);
        assertThat(clientCredentials("case-service", rotated)).as("the new secret").isEqualTo(200);
        assertThat(clientCredentials("case-service", OLD)).as("the old secret").isEqualTo(401);
        assertThat(clientCredentials("notice-service", "local-notice-service-secret")).as("another client, untouched").isEqualTo(200);
    }

    @Test
    void aWrongAdministratorPasswordOrAShortSecretChangesNothing() throws Exception {
        Result wrongPassword = push("notice-service", "n".repeat(40), "not-the-admin-password");
        assertThat(wrongPassword.exit()).as(wrongPassword.output()).isNotZero();

        Result shortSecret = push("notice-service", "short", "admin");
        assertThat(shortSecret.exit()).isEqualTo(2);
        assertThat(shortSecret.output()).contains("shorter than 32 characters");

        Result unknownClient = push("no-such-client", "n".repeat(40), "admin");
        assertThat(unknownClient.exit()).isNotZero();
        assertThat(unknownClient.output()).contains("has no client no-such-client");

        assertThat(clientCredentials("notice-service", "local-notice-service-secret")).isEqualTo(200);
    }

    private record Result(int exit, String output) {
    }

    private Result push(String client, String secret, String adminPassword) throws Exception {
        Path password = Files.writeString(work.resolve("admin-password"), adminPassword + "\n");
        Path output = work.resolve("push-" + client + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), client).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // as the runbook does it: over HTTPS to the Service's name, connected to the port-forward's address, the CA checked
        builder.environment().put("KEYCLOAK_URL", "https://keycloak-service:" + keycloak.httpsPort());
        builder.environment().put("KEYCLOAK_ADDRESS", "127.0.0.1");
        builder.environment().put("KEYCLOAK_CA_FILE", keycloak.caCertificateFile().toString());
        builder.environment().put("KEYCLOAK_ADMIN_USER", "admin");
        builder.environment().put("KEYCLOAK_ADMIN_PASSWORD_FILE", password.toString());
        Process p = builder.start();
        p.getOutputStream().write((secret + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the script finishes").isTrue();
        return new Result(p.exitValue(), Files.readString(output));
    }

    private int clientCredentials(String client, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + client + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.server().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
