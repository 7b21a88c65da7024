import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's token issuer: the lightest real OpenID Provider the services accept in the prod
 * profile. It serves a discovery document and a JWKS, and signs RS256 access tokens shaped like the
 * realm's (audience casework-api, acr 2, roles in realm_access.roles, org_id for representatives).
 * The services verify every signature against the JWKS exactly as they do with Keycloak; the tokens
 * are written to files once at start (valid for three hours) so the load generator sends real,
 * distinct-per-role bearer tokens. Run with the JDK alone: {@code java TokenIssuer.java PORT DIR}.
 */
public final class TokenIssuer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        String issuer = "http://127.0.0.1:" + port + "/realms/bench";
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"bench\",\"n\":\""
                + B64.encodeToString(unsigned(pub.getModulus())) + "\",\"e\":\""
                + B64.encodeToString(unsigned(pub.getPublicExponent())) + "\"}]}";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                + "\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"]}";

        Files.createDirectories(dir);
        write(dir, "caseworker", sign(keys, issuer, "bench-caseworker", "[\"caseworker\"]", null));
        write(dir, "decision-maker", sign(keys, issuer, "bench-decision-maker", "[\"decision-maker\"]", null));
        write(dir, "auditor", sign(keys, issuer, "bench-auditor", "[\"auditor\"]", null));
        write(dir, "org-representative", sign(keys, issuer, "bench-rep", "[\"org-representative\"]", "org-bench-target"));

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/realms/bench/.well-known/openid-configuration", ex -> json(ex, discovery));
        server.createContext("/realms/bench/protocol/openid-connect/certs", ex -> json(ex, jwks));
        server.start();
        System.out.println("token issuer ready at " + issuer);
    }

    private static String sign(KeyPair keys, String issuer, String subject, String roles, String orgId) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"preferred_username\":\"" + subject
                + "\",\"aud\":\"casework-api\",\"azp\":\"casework-web\",\"acr\":\"2\",\"iat\":" + now + ",\"exp\":"
                + (now + 3 * 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\",\"realm_access\":{\"roles\":" + roles + "}"
                + (orgId == null ? "" : ",\"org_id\":\"" + orgId + "\"") + "}";
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(rs256.sign());
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void write(Path dir, String name, String token) throws IOException {
        Files.writeString(dir.resolve(name + ".jwt"), token);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
