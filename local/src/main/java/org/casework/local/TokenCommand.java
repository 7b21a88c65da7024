package org.casework.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code local/token <username> [client]} prints an access token of a demo person, signed in with
 * password and one-time code (or a still-valid one kept from an earlier call: {@link TokenCache});
 * {@code local/totp <username>} prints their current one-time code and how to add the secret to an
 * authenticator app. Failures are one line on stderr and an exit code: 2 usage (unknown person or
 * client), 3 Keycloak not answering, 4 password refused, 5 one-time code refused, 1 anything else.
 */
public final class TokenCommand {

    static final int USAGE = 2;
    private static final String USAGE_TEXT = "usage: local/token <username> [web|portal|swagger-ui|api-docs] [--no-cache]"
            + " | local/totp <username>";

    private TokenCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        String command = args.length > 0 ? args[0] : "token";
        try {
            List<String> words = new ArrayList<>(List.of(args));
            boolean noCache = words.remove("--no-cache");
            if (words.size() < 3) {
                err.println(USAGE_TEXT);
                return USAGE;
            }
            Path root = Path.of(words.get(1));
            DemoUsers.DemoUser user = DemoUsers.from(root.resolve("keycloak/regulator-realm.json")).named(words.get(2));
            if (command.equals("totp")) {
                out.println(user.currentCode() + "   (valid for " + Totp.secondsLeft(Instant.now()) + " s more)");
                out.println("otpauth://totp/Casework:" + user.username() + "?secret=" + Totp.base32(user.totpSecret())
                        + "&issuer=Casework&algorithm=SHA1&digits=6&period=30");
                return 0;
            }
            SignIn.Client client = client(words.size() > 3 ? words.get(3) : user.organisationId() != null ? "portal" : "web");
            Path work = Path.of(env.getOrDefault("CASEWORK_LOCAL_WORK", root.resolve("local/.work").toString()));
            String issuer = env.getOrDefault("CASEWORK_ISSUER", "http://127.0.0.1:8180/realms/" + KeycloakServer.REALM);
            SignIn signIn = new SignIn(issuer, OneTimeCodes.recordedIn(work.resolve("codes"), err::println));
            out.println(noCache ? signIn.accessToken(user, client)
                    : TokenCache.in(work.resolve("tokens")).accessToken(signIn, user, client));
            return 0;
        } catch (SignInException e) {
            err.println("local/" + command + ": " + e.getMessage());
            return e.reason().exitCode();
        } catch (IllegalArgumentException e) {
            err.println("local/" + command + ": " + e.getMessage());
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println("local/" + command + ": no realm file at " + e.getFile() + "; run this from the repository");
            return 1;
        } catch (IOException e) {
            err.println("local/" + command + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("local/" + command + ": interrupted");
            return 1;
        }
    }

    private static SignIn.Client client(String name) {
        return switch (name) {
            case "web" -> SignIn.Client.web();
            case "portal" -> SignIn.Client.portal();
            case "swagger-ui" -> SignIn.Client.swaggerUi();
            case "api-docs" -> SignIn.Client.apiDocs();
            default -> throw new IllegalArgumentException("no client " + name + "; one of web, portal, swagger-ui, api-docs");
        };
    }
}
