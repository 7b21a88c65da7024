package org.casework.notices.domain.penalty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory maximum of a PECR penalty by the day of the infringement (PECR reg 31 and Sch 1; from 5 February 2026
 * as substituted by DUAA 2025 s.115 and Sch 13, SI 2026/82 reg 2(y)), read from a versioned data file, because the law
 * changed the maximum on a date and may change it again. The file is refused when it is loaded (so the service does not
 * start) if a line does not parse, a day appears twice, or a turnover-based maximum is not one of DPA 2018 s.157's.
 */
public final class PecrMaxima {

    public static final String RESOURCE = "/penalty/pecr-maxima.txt";

    /**
     * One maximum from a day on: a fixed amount, and where s.157 applies its turnover share and tier (else null).
     */
    public record Maximum(LocalDate from, BigDecimal fixedAmount, BigDecimal turnoverPercent, MaximumTier tier,
            String source) {
    }

    private static final class Holder {
        static final PecrMaxima BUNDLED = load();
    }

    private final String version;
    private final TreeMap<LocalDate, Maximum> maxima;

    private PecrMaxima(String version, TreeMap<LocalDate, Maximum> maxima) {
        this.version = version;
        this.maxima = maxima;
    }

    public String version() {
        return version;
    }

    /** The maximum in force on {@code day}; refused when no PECR monetary penalty could be given for that day. */
    public Maximum on(LocalDate day) {
        Map.Entry<LocalDate, Maximum> e = maxima.floorEntry(day);
        if (e == null) {
            throw new PenaltyRuleException("pecr.infringedFrom", "on or after " + maxima.firstKey(),
                    "No PECR monetary penalty was available for an infringement on " + day + ": penalties apply to "
                            + "infringements from " + maxima.firstKey() + " (" + maxima.firstEntry().getValue().source()
                            + ")");
        }
        return e.getValue();
    }

    /** Every maximum in force on some day from {@code from} to {@code to}, both included, oldest first. */
    public List<Maximum> during(LocalDate from, LocalDate to) {
        List<Maximum> during = new ArrayList<>();
        during.add(on(from));
        during.addAll(maxima.subMap(from, false, to, true).values());
        return during;
    }

    /** The table shipped with the service, loaded once. */
    public static PecrMaxima bundled() {
        return Holder.BUNDLED;
    }

    private static PecrMaxima load() {
        try (InputStream in = PecrMaxima.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PECR maxima data file missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code version <text>} and {@code maximum <from> <amount> <percent|-> <source>}; # starts a comment. */
    public static PecrMaxima parse(List<String> lines) {
        String version = null;
        TreeMap<LocalDate, Maximum> maxima = new TreeMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+", 5);
            try {
                if (f[0].equals("version") && f.length == 2) {
                    version = f[1];
                } else if (f[0].equals("maximum") && f.length == 5) {
                    Maximum m = maximum(n, f);
                    if (maxima.put(m.from(), m) != null) {
                        throw bad(n, "a maximum from " + m.from() + " appears twice");
                    }
                } else {
                    throw bad(n, "expected 'version <text>' or 'maximum <date> <amount> <percent|-> <source>'");
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                throw bad(n, e.getMessage());
            }
        }
        if (version == null || maxima.isEmpty()) {
            throw new IllegalArgumentException("PECR maxima data: no version line or no maxima");
        }
        return new PecrMaxima(version, maxima);
    }

    private static Maximum maximum(int n, String[] f) {
        LocalDate from = LocalDate.parse(f[1]);
        BigDecimal amount = new BigDecimal(f[2]);
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw bad(n, "an amount is more than £0 in pounds and pence: " + f[2]);
        }
        amount = amount.setScale(2);
        if (f[3].equals("-")) {
            return new Maximum(from, amount, null, null, f[4].strip());
        }
        BigDecimal percent = new BigDecimal(f[3]);
        BigDecimal fixed = amount;
        MaximumTier tier = Arrays.stream(MaximumTier.values())
                .filter(t -> t.fixedAmount().compareTo(fixed) == 0 && t.turnoverPercent().compareTo(percent) == 0)
                .findFirst().orElseThrow(() -> bad(n, "£" + fixed.toPlainString() + " or " + percent.toPlainString()
                        + " % is not a maximum of DPA 2018 s.157 (standard £8,700,000.00 or 2 %, higher "
                        + "£17,500,000.00 or 4 %)"));
        return new Maximum(from, amount, tier.turnoverPercent(), tier, f[4].strip());
    }

    private static IllegalArgumentException bad(int n, String why) {
        return new IllegalArgumentException("PECR maxima data line " + (n + 1) + ": " + why);
    }
}
