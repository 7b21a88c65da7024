package org.casework.audit.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

import org.casework.audit.proof.ExportVerification;
import org.casework.audit.proof.ExportVerifier;
import org.casework.audit.proof.KeyFormatException;
import org.casework.audit.proof.Signatures;

/**
 * The auditor's command: verifies an audit export (NDJSON from {@code GET /audit/export}) against the log's
 * public key, with no server and no database, and optionally proves one entry's inclusion. Exit status 0 when
 * the export is valid, 1 when it is not, 2 when the command was used wrongly or cannot read its inputs.
 */
public final class VerifyExport {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar audit-verifier.jar --export FILE --public-key FILE [--entry SEQ]

              --export FILE       an audit export (NDJSON, from GET /audit/export)
              --public-key FILE   the log's Ed25519 public key (PEM, from GET /audit/public-key)
              --entry SEQ         also prove that entry SEQ is in the signed tree

            Exit status: 0 valid, 1 not valid, 2 usage error.""";

    private VerifyExport() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; answers its exit status. Never throws for anything in the files it reads. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("audit-verifier: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (arguments.help()) {
            out.println(USAGE_TEXT);
            return VALID;
        }
        PublicKey key;
        try {
            key = Signatures.publicKeyFromPem(Files.readString(arguments.publicKey(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("audit-verifier: cannot read the public key file " + arguments.publicKey());
            return USAGE;
        } catch (KeyFormatException e) {
            err.println("audit-verifier: " + arguments.publicKey() + " is not a PEM Ed25519 public key (" + e.getMessage() + ")");
            return USAGE;
        }
        if (!Files.isRegularFile(arguments.export()) || !Files.isReadable(arguments.export())) {
            err.println("audit-verifier: cannot read the export file " + arguments.export());
            return USAGE;
        }
        ExportVerification result;
        try (Reader export = Files.newBufferedReader(arguments.export(), StandardCharsets.UTF_8)) {
            result = ExportVerifier.verify(export, key, arguments.entry());
        } catch (IOException | RuntimeException e) {
            out.println("Audit export " + arguments.export());
            out.println("Result: NOT VALID - the file could not be read as an audit export ("
                    + describe(e) + ")");
            return INVALID;
        }
        Report.print(arguments.export(), result, out);
        return result.valid() ? VALID : INVALID;
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return cause.getClass().getSimpleName();
    }

    /** The command line: --export, --public-key, optional --entry, or --help. */
    record Arguments(Path export, Path publicKey, Long entry, boolean help) {

        static Arguments parse(String[] args) {
            Path export = null;
            Path publicKey = null;
            Long entry = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    return new Arguments(null, null, null, true);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
                            : "unexpected argument " + option);
                }
                String value = args[++i];
                switch (option) {
                    case "--export" -> export = Path.of(value);
                    case "--public-key" -> publicKey = Path.of(value);
                    case "--entry" -> entry = seq(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (export == null || publicKey == null) {
                throw new IllegalArgumentException("--export and --public-key are required");
            }
            return new Arguments(export, publicKey, entry, false);
        }

        private static long seq(String value) {
            try {
                long seq = Long.parseLong(value);
                if (seq >= 1) {
                    return seq;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new IllegalArgumentException("--entry needs an entry number (1 or more), not " + value);
        }
    }
}
