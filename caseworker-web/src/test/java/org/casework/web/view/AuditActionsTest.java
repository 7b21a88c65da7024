package org.casework.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The audit view names every action in words: each action the services' code records (a string such as
 * {@code "notice.issued"} in their sources) has words of its own in {@link AuditActions}.
 */
class AuditActionsTest {

    private static final Path ROOT = Path.of(System.getProperty("casework.root", "..")).toAbsolutePath().normalize();
    private static final Pattern ACTION = Pattern.compile("\"((?:case|notice|appeal|enforcement|payment|instalment-plan|"
            + "recovery|fee-penalty|window|representation|evidence|extension|hearing|audit\\.checkpoint)\\.[a-z][a-z.-]*)\"");
    /** Strings of that shape that are not actions: the parts an enforcement notice may lack ({@code MissingPart}). */
    private static final Set<String> NOT_ACTIONS = Set.of("enforcement.failures", "enforcement.steps");

    @Test
    void everyActionTheServicesRecordHasWordsOfItsOwn() {
        Set<String> recorded = new TreeSet<>();
        for (String module : new String[] { "platform", "case-service", "notice-service", "representation-service" }) {
            recorded.addAll(actionsIn(ROOT.resolve(module).resolve("src/main/java")));
        }
        recorded.removeAll(NOT_ACTIONS);

        assertThat(recorded).hasSizeGreaterThan(80);
        assertThat(recorded.stream().filter(a -> !AuditActions.knows(a)).toList())
                .as("actions without words in AuditActions (or, if not an action, list it in NOT_ACTIONS)").isEmpty();
    }

    @Test
    void anActionReadsAsPlainEnglishAndAnUnknownOneWordByWord() {
        assertThat(AuditActions.words("representation.to-consider-read")).isEqualTo("Listed the representations to consider");
        assertThat(AuditActions.words("notice.issued")).isEqualTo("Issued a notice");
        assertThat(AuditActions.words("case.reopened-by-a-later-version")).isEqualTo("Case reopened by a later version");
    }

    private static Set<String> actionsIn(Path sources) {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher m = ACTION.matcher(Files.readString(f));
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }
}
