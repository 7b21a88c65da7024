package org.casework.local;

import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code local/token <username>} prints an access token of a demo person, signed in with password and
 * one-time code; {@code local/totp <username>} prints their current one-time code and how to add the
 * secret to an authenticator app.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: token|totp <repository root> <username> [web|portal|api-docs]");
            System.exit(2);
        }
        Path root = Path.of(args[1]);
        DemoUsers users = DemoUsers.from(root.resolve("keycloak/regulator-realm.json"));
        DemoUsers.DemoUser user = users.named(args[2]);
        if (args[0].equals("totp")) {
            System.out.println(user.currentCode() + "   (valid for " + Totp.secondsLeft(Instant.now()) + " s more)");
            System.out.println("otpauth://totp/Casework:" + user.username() + "?secret=" + Totp.base32(user.totpSecret())
                    + "&issuer=Casework&algorithm=SHA1&digits=6&period=30");
            return;
        }
        SignIn.Client client = switch (args.length > 3 ? args[3] : user.organisationId() != null ? "portal" : "web") {
            case "portal" -> SignIn.Client.portal();
            case "api-docs" -> SignIn.Client.apiDocs();
            default -> SignIn.Client.web();
        };
        String issuer = System.getenv().getOrDefault("CASEWORK_ISSUER", "http://127.0.0.1:8180/realms/regulator");
        System.out.println(new SignIn(issuer).accessToken(user, client));
    }
}
