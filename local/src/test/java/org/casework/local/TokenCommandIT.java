package org.casework.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code local/token} as a newcomer runs it, against Keycloak with the repository's realm: twice in a
 * row, and every way it can fail, each one line on stderr with its exit code and never a stack trace.
 */
class TokenCommandIT {

    private static LocalParts parts;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        parts = LocalParts.get();
    }

    @Test
    void runTwiceInARowBothPrintATokenWithMfaTheSecondReusingTheFirst() throws Exception {
        Path work = workDirectory();

        Run first = script(work, "betty");
        Run second = script(work, "betty");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Http.claims(first.out()).path("acr").asText()).isEqualTo("2");
        assertThat(Http.claims(first.out()).path("org_id").asText()).isEqualTo("org-nhs-supplier");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("tokens/betty@casework-portal.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void anUnknownPersonOrClientIsAUsageErrorNamingTheDemoPeople() throws Exception {
        Run person = script(workDirectory(), "mallory");
        Run client = script(workDirectory(), "ada", "console");

        assertFailure(person, 2, "no demo user mallory; try one of [ada, charles, grace, alan, betty, edgar]");
        assertFailure(client, 2, "no client console; one of web, portal, swagger-ui, api-docs");
    }

    @Test
    void keycloakNotAnsweringSaysToStartTheSuite() throws Exception {
        Run run = command(workDirectory(), parts.root, Map.of("CASEWORK_ISSUER",
                "http://127.0.0.1:" + LocalParts.freePort() + "/realms/regulator"), "ada");

        assertFailure(run, 3, "Start it with ./local/run");
    }

    @Test
    void aRefusedPasswordSaysSoAndTheNextRightOneIsAccepted() throws Exception {
        Path root = Files.createDirectories(workDirectory().resolve("root/keycloak"));
        Files.writeString(root.resolve("regulator-realm.json"), Files.readString(parts.root.resolve(
                "keycloak/regulator-realm.json")).replace("demo-edgar-2026", "not-edgars-password"));

        Run refused = command(workDirectory(), root.getParent(), Map.of(), "edgar");
        Run accepted = script(workDirectory(), "edgar");

        assertFailure(refused, 4, "Keycloak refused edgar's password");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
    }

    private static void assertFailure(Run run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).doesNotContain("Exception in").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    /** The script itself, from the repository, as the README shows it. */
    private static Run script(Path work, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", parts.root.resolve("local/token").toString()));
        command.addAll(List.of(args));
        return run(command, work, Map.of());
    }

    /** The command's class with another repository root (a realm file of the test's own). */
    private static Run command(Path work, Path root, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", parts.root.resolve("local/target/classes") + ":" + parts.root.resolve("local/target/lib") + "/*",
                "org.casework.local.TokenCommand", "token", root.toString()));
        command.addAll(List.of(args));
        return run(command, work, env);
    }

    private static Run run(List<String> command, Path work, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CASEWORK_ISSUER", parts.keycloak.issuer());
        builder.environment().put("CASEWORK_LOCAL_WORK", work.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exitCode = process.waitFor();
        return new Run(exitCode, Files.readString(out).strip(), Files.readString(err).strip());
    }

    private static Path workDirectory() throws IOException {
        return Files.createDirectories(parts.work.resolve("token-" + System.nanoTime()));
    }
}
