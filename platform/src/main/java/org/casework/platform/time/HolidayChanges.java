package org.casework.platform.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-off changes royal proclamations made to the holidays of England and Wales (Banking and Financial
 * Dealings Act 1971 s.1(3)), read from a versioned data file, because no rule predicts them: a holiday moved
 * to another day (its rule's day becomes an ordinary day) or an extra holiday. A line that does not parse, a
 * missing version line, or a move from a day the rules do not make a holiday stops the load, so a typo in the
 * file cannot silently turn a working day into a holiday or the other way round.
 */
public record HolidayChanges(String version, List<Moved> moved, List<BankHoliday> extra) {

    /** A holiday the rules place on {@code from}, kept instead on {@code to}. */
    public record Moved(LocalDate from, LocalDate to, String name) {
    }

    public static final String RESOURCE = "/time/england-and-wales-holidays.txt";

    public HolidayChanges {
        moved = List.copyOf(moved);
        extra = List.copyOf(extra);
    }

    /** The changes shipped with the platform. */
    public static HolidayChanges bundled() {
        try (InputStream in = HolidayChanges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("holiday data file missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HolidayChanges parse(List<String> lines) {
        String version = null;
        List<Moved> moved = new ArrayList<>();
        List<BankHoliday> extra = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+", 4);
            try {
                switch (f[0]) {
                    case "version" -> version = require(f, 2, n)[1];
                    case "moved" -> moved.add(move(require(f, 4, n), n));
                    case "extra" -> {
                        String[] e = line.split("\\s+", 3);
                        extra.add(new BankHoliday(LocalDate.parse(require(e, 3, n)[1]), e[2]));
                    }
                    default -> throw bad(n, "unknown kind '" + f[0] + "'");
                }
            } catch (DateTimeParseException e) {
                throw bad(n, e.getMessage());
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("holiday data: no version line");
        }
        return new HolidayChanges(version, moved, extra);
    }

    private static Moved move(String[] f, int n) {
        LocalDate from = LocalDate.parse(f[1]);
        boolean ruleDay = EnglandAndWalesHolidayRules.of(from.getYear()).stream().anyMatch(h -> h.date().equals(from));
        if (!ruleDay) {
            throw bad(n, from + " is not a holiday by rule, so nothing can be moved from it");
        }
        return new Moved(from, LocalDate.parse(f[2]), f[3]);
    }

    private static String[] require(String[] f, int fields, int n) {
        if (f.length < fields) {
            throw bad(n, "expected " + fields + " fields");
        }
        return f;
    }

    private static IllegalArgumentException bad(int n, String why) {
        return new IllegalArgumentException("holiday data line " + (n + 1) + ": " + why);
    }
}
