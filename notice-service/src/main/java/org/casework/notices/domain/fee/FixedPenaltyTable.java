package org.casework.notices.domain.fee;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed penalties the Commissioner publishes for failing to pay the charge (DPA 2018 s.158(1), (2), (4)): an
 * amount per tier from a day on, read from a versioned data file, because they are the regulator's policy, not law.
 * The file is refused when it is loaded (so the service does not start) if a line does not parse, a date lacks a
 * tier, or an amount exceeds the statutory maximum (s.158(3)) on any day it would apply.
 */
public final class FixedPenaltyTable {

    public static final String RESOURCE = "/fee/fixed-penalty-amounts.txt";

    private final String version;
    private final TreeMap<LocalDate, Map<ChargeTier, BigDecimal>> amounts;

    private FixedPenaltyTable(String version, TreeMap<LocalDate, Map<ChargeTier, BigDecimal>> amounts) {
        this.version = version;
        this.amounts = amounts;
    }

    public String version() {
        return version;
    }

    /** The published fixed amount for the tier on {@code day} (the day the notice of intent is given). */
    public BigDecimal amount(ChargeTier tier, LocalDate day) {
        Map.Entry<LocalDate, Map<ChargeTier, BigDecimal>> e = amounts.floorEntry(day);
        if (e == null) {
            throw new FeePenaltyRuleException("tier", "DPA 2018 s.158(1)", "no fixed penalty was published for " + day);
        }
        return e.getValue().get(tier);
    }

    /** The table shipped with the service. */
    public static FixedPenaltyTable bundled() {
        try (InputStream in = FixedPenaltyTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("fixed penalty data file missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code version <text>} and {@code fixed <effective-from> <tier 1-3> <amount>}; # starts a comment. */
    public static FixedPenaltyTable parse(List<String> lines) {
        String version = null;
        TreeMap<LocalDate, Map<ChargeTier, BigDecimal>> amounts = new TreeMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            try {
                if (f[0].equals("version") && f.length == 2) {
                    version = f[1];
                } else if (f[0].equals("fixed") && f.length == 4) {
                    BigDecimal amount = new BigDecimal(f[3]);
                    if (amount.signum() <= 0 || amount.scale() > 2) {
                        throw bad(n, "an amount is more than £0 in pounds and pence: " + f[3]);
                    }
                    Map<ChargeTier, BigDecimal> tiers = amounts.computeIfAbsent(LocalDate.parse(f[1]),
                            d -> new EnumMap<>(ChargeTier.class));
                    if (tiers.put(ChargeTier.of(Integer.parseInt(f[2])), amount.setScale(2)) != null) {
                        throw bad(n, "tier " + f[2] + " appears twice for " + f[1]);
                    }
                } else {
                    throw bad(n, "expected 'version <text>' or 'fixed <date> <tier> <amount>'");
                }
            } catch (DateTimeParseException | NumberFormatException | FeePenaltyRuleException e) {
                throw bad(n, e.getMessage());
            }
        }
        if (version == null || amounts.isEmpty()) {
            throw new IllegalArgumentException("fixed penalty data: no version line or no amounts");
        }
        checkAgainstMaximum(amounts);
        return new FixedPenaltyTable(version, amounts);
    }

    /** s.158(3): each amount within the maximum on its first day and on every day the maximum changes while it applies. */
    private static void checkAgainstMaximum(TreeMap<LocalDate, Map<ChargeTier, BigDecimal>> amounts) {
        for (Map.Entry<LocalDate, Map<ChargeTier, BigDecimal>> e : amounts.entrySet()) {
            if (e.getValue().size() != ChargeTier.values().length) {
                throw new IllegalArgumentException("fixed penalty data: " + e.getKey() + " does not give all three tiers");
            }
            LocalDate until = amounts.higherKey(e.getKey());
            List<LocalDate> days = new ArrayList<>(List.of(e.getKey()));
            Charges.RATES.stream().map(Charges.Rates::from)
                    .filter(d -> d.isAfter(e.getKey()) && (until == null || d.isBefore(until))).forEach(days::add);
            for (LocalDate day : days) {
                BigDecimal max = StatutoryMaximum.on(day);
                e.getValue().forEach((tier, amount) -> {
                    if (amount.compareTo(max) > 0) {
                        throw new IllegalArgumentException("fixed penalty data: " + tier + " from " + e.getKey() + " is £"
                                + amount.toPlainString() + ", above the statutory maximum of £" + max.toPlainString()
                                + " on " + day + " (" + StatutoryMaximum.RULE + ")");
                    }
                });
            }
        }
    }

    private static IllegalArgumentException bad(int n, String why) {
        return new IllegalArgumentException("fixed penalty data line " + (n + 1) + ": " + why);
    }
}
