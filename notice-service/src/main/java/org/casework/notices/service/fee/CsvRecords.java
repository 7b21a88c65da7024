package org.casework.notices.service.fee;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.casework.platform.problem.ProblemException;

/**
 * Reads CSV as RFC 4180 writes it (comma-separated, a field in double quotes may hold commas, quotes doubled and
 * line breaks; records end with CRLF or LF), from bytes that must be UTF-8 (a leading byte-order mark is dropped).
 * Written here rather than taken from a library: the upload needs only this much, and strictness (a stray quote is
 * an error, not a guess) matters more than features.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** One record: the line it starts on (the first line is 1, as a spreadsheet numbers rows) and its fields. */
    record Row(int line, List<String> fields) {
    }

    /** The file's records; blank lines are skipped (and still counted, so line numbers stay those of the file). */
    static List<Row> read(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw notCsv("it contains NUL characters, so it is not a text file");
        }
        List<Row> records = new ArrayList<>();
        int line = 1;
        int start = 1;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw notCsv("line " + line + " has a double quote inside an unquoted field");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, start, fields, field);
                fields = new ArrayList<>();
                wasQuoted = false;
                line++;
                start = line;
            } else {
                if (wasQuoted) {
                    throw notCsv("line " + line + " has text after a closing double quote");
                }
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw notCsv("a quoted field is not closed before the end of the file");
        }
        end(records, start, fields, field);
        return records;
    }

    private static void end(List<Row> records, int start, List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
        if (!blank) {
            records.add(new Row(start, fields));
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notCsv("it is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")");
        }
    }

    static ProblemException notCsv(String why) {
        return ProblemException.unprocessable("not-csv", "Not a CSV file", "The file could not be read as CSV: " + why);
    }
}
