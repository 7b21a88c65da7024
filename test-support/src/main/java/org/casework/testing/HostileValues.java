package org.casework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Hostile JSON values for one field of an otherwise valid request body, by what the field holds. Each is
 * JSON text, put in place of the field's value by {@link #into}, so the value itself is what the service
 * judges: every one must be refused with a 4xx problem, changing nothing.
 */
public final class HostileValues {

    /** What a field holds, which decides which values are hostile to it. */
    public enum Kind {
        /** One line of text: a title, a name, an identifier. */
        LINE,
        /** Text that may hold line breaks: a summary, a reason, a note. */
        TEXT,
        DATE,
        WHOLE_NUMBER,
        /** Money as a decimal string, such as "3076320.00". */
        AMOUNT,
        BOOLEAN,
        /** One of a fixed set of upper-case words. */
        WORD,
        UUID
    }

    /** A hostile value and a name for it in test reports. */
    public record Hostile(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The placeholder, as a JSON string, for the field under test. */
    public static final String MARKER = "\"@HOSTILE@\"";

    private static final String DEEP_ARRAYS = "[".repeat(100_000) + "]".repeat(100_000);
    private static final String DEEP_OBJECTS = "{\"x\":".repeat(100_000) + "1" + "}".repeat(100_000);

    private HostileValues() {
    }

    public static List<Hostile> of(Kind kind) {
        List<Hostile> values = new ArrayList<>(List.of(
                new Hostile("100,000-deep arrays", DEEP_ARRAYS),
                new Hostile("100,000-deep objects", DEEP_OBJECTS),
                new Hostile("an object", "{\"value\":\"x\"}"),
                new Hostile("an array", "[\"x\"]"),
                new Hostile("a number beyond any range", "1e400"),
                new Hostile("a 23-digit number", "99999999999999999999999")));
        switch (kind) {
            case LINE, TEXT -> {
                values.addAll(text());
                if (kind == Kind.LINE) {
                    values.add(new Hostile("a forged log line", "\"entry\\r\\nINFO FORGED-LOG-LINE\""));
                }
            }
            case DATE -> values.addAll(List.of(new Hostile("30 February", "\"2024-02-30\""),
                    new Hostile("a British date", "\"07/08/2024\""), new Hostile("a year 999999999", "\"+999999999-12-31\""),
                    new Hostile("day zero", "\"0000-00-00\""), new Hostile("a number of days", "19000"),
                    new Hostile("date parts in an array", "[2024,8,7]"), new Hostile("a date and time", "\"2024-08-07T10:00:00Z\""),
                    new Hostile("true", "true"), new Hostile("NUL", "\"\\u0000\"")));
            case WHOLE_NUMBER -> values.addAll(List.of(new Hostile("a number in a string", "\"82946\""),
                    new Hostile("a fraction", "1.5"), new Hostile("words", "\"lots\""), new Hostile("true", "true"),
                    new Hostile("a 2 MB string", twoMegabyteString())));
            case AMOUNT -> values.addAll(List.of(new Hostile("a JSON number", "400000000.5"),
                    new Hostile("an exponent", "\"1e999999999\""), new Hostile("NaN", "\"NaN\""),
                    new Hostile("a third decimal place", "\"1.005\""), new Hostile("words", "\"a lot\""),
                    new Hostile("true", "true")));
            case BOOLEAN -> values.addAll(List.of(new Hostile("a word", "\"yes\""), new Hostile("true in a string", "\"true\""),
                    new Hostile("one", "1")));
            case WORD -> values.addAll(List.of(new Hostile("an unknown word", "\"RUMOUR\""),
                    new Hostile("lower case", "\"breach_report\""), new Hostile("NUL", "\"\\u0000\""),
                    new Hostile("a number", "1"), new Hostile("a 2 MB string", twoMegabyteString())));
            case UUID -> values.addAll(List.of(new Hostile("not a UUID", "\"not-a-uuid\""),
                    new Hostile("path traversal", "\"../../etc/passwd\""), new Hostile("a number", "1")));
        }
        return values;
    }

    /** One test case per hostile value of {@code kind}: (operation, field, value, target), for a parameterised test. */
    public static Stream<Arguments> cases(String operation, String field, Kind kind, Object target) {
        return of(kind).stream().map(value -> Arguments.of(operation, field, value, target));
    }

    private static List<Hostile> text() {
        return List.of(new Hostile("a 2 MB string", twoMegabyteString()),
                new Hostile("NUL", "\"before\\u0000after\""),
                new Hostile("an escape sequence", "\"\\u001b[31mred\""),
                new Hostile("a bell", "\"ring\\u0007\""),
                new Hostile("a C1 control", "\"next\\u0085line\""),
                new Hostile("a Unicode line separator", "\"one\\u2028two\""),
                new Hostile("a right-to-left override", "\"invoice\\u202eftp.exe\""),
                new Hostile("a right-to-left isolate", "\"\\u2067evil\\u2069\""),
                new Hostile("a lone surrogate", "\"half\\ud800\""),
                new Hostile("a number", "12345"),
                new Hostile("true", "true"));
    }

    private static String twoMegabyteString() {
        return "\"" + "B".repeat(2_000_000) + "\"";
    }

    /**
     * {@code body} (JSON text) with the value marked {@code "@HOSTILE@"} replaced by {@code hostile}: write
     * the valid body with that marker in the field under test.
     */
    public static String into(String body, Hostile hostile) {
        if (!body.contains(MARKER)) {
            throw new IllegalArgumentException("the body has no " + MARKER + " to replace");
        }
        return body.replace(MARKER, hostile.json());
    }
}
