package org.casework.representations.domain;

import java.text.Normalizer;
import java.util.Locale;

import org.casework.platform.validation.SafeTextValidator;

/**
 * Makes an uploaded file's name safe to keep and to send back in a Content-Disposition header: only
 * its last path segment, letters, digits and a few marks, no leading dots, at most 100 characters,
 * and the extension of the type found in its content.
 */
public final class FileNames {

    /** The longest name kept (a file name column is varchar(120)). */
    public static final int MAX = 100;

    private FileNames() {
    }

    /**
     * Whether a submitted name is a name and nothing more: no folder separators, not "." or "..", no control or
     * direction-control characters, at most 255 characters. A name that is not plain is refused, not repaired.
     */
    public static boolean isPlain(String submitted) {
        if (submitted.length() > 255 || submitted.contains("/") || submitted.contains("\\") || submitted.equals(".")
                || submitted.equals("..")) {
            return false;
        }
        return SafeTextValidator.isSafe(submitted, false) && !PlainText.hasDirectionControls(submitted);
    }

    public static String sanitise(String submitted, EvidenceType type) {
        String name = submitted == null ? "" : submitted;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        name = name.replaceAll("[^A-Za-z0-9._ ()-]", "_").replaceAll("_+", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[.\\s_-]+", "");
        String base = stripExtension(name);
        if (base.isBlank()) {
            base = "evidence";
        }
        String extension = "." + type.extension();
        if (base.length() > MAX - extension.length()) {
            base = base.substring(0, MAX - extension.length());
        }
        return base + extension;
    }

    /** The name without its extension when the extension is one of the accepted types' (it is set from the content). */
    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (EvidenceType t : EvidenceType.values()) {
            if (t.extension().equals(ext) || ("jpeg".equals(ext) && t == EvidenceType.JPEG)) {
                return name.substring(0, dot);
            }
        }
        return name;
    }
}
