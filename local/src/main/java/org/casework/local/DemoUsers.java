package org.casework.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo people of the realm file, read from it (the one source of their passwords and one-time
 * code secrets), for the local run's sign-ins and the end-to-end tests.
 */
public final class DemoUsers {

    public record DemoUser(String username, String subject, String password, String totpSecret, List<String> roles,
            String organisationId) {

        public String currentCode() {
            return Totp.code(totpSecret, java.time.Instant.now());
        }
    }

    private final List<DemoUser> users;

    private DemoUsers(List<DemoUser> users) {
        this.users = users;
    }

    public static DemoUsers from(Path realmFile) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode realm = mapper.readTree(Files.readString(realmFile));
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode u : realm.path("users")) {
            String password = null;
            String secret = null;
            for (JsonNode c : u.path("credentials")) {
                if ("password".equals(c.path("type").asText())) {
                    password = c.path("value").asText();
                } else if ("otp".equals(c.path("type").asText())) {
                    secret = mapper.readTree(c.path("secretData").asText()).path("value").asText();
                }
            }
            if (password == null) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            u.path("realmRoles").forEach(r -> roles.add(r.asText()));
            JsonNode org = u.path("attributes").path("org_id").path(0);
            users.add(new DemoUser(u.path("username").asText(), u.path("id").asText(), password, secret, roles,
                    org.isMissingNode() ? null : org.asText()));
        }
        return new DemoUsers(users);
    }

    public List<DemoUser> all() {
        return users;
    }

    public DemoUser named(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username + "; try one of "
                        + users.stream().map(DemoUser::username).toList()));
    }
}
