package org.casework.portal.form;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casework.web.support.GovukFormats;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The files sent with representations, checked here before anything is sent on: the kinds representation-service
 * takes, by name (it checks each file's bytes itself), and its limits (20 files, 20 MB each, 100 MB in all).
 */
public final class Evidence {

    public static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "xlsx", "png", "jpg", "jpeg", "txt");
    /** For the file input's {@code accept}: the browser offers only these, where it can. */
    public static final String ACCEPT = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.txt";
    static final int MAX_FILES = 20;
    static final long MAX_FILE = 20L * 1024 * 1024;
    static final long MAX_ALL = 100L * 1024 * 1024;

    /**
     * The limits as the form states them to the browser, so its script can refuse a file before it is sent (the
     * checks here and in representation-service still decide).
     */
    public record Limits(String accept, int maxFiles, long maxFile, long maxAll, int maxStatement) {
    }

    public static Limits limits(int maxStatement) {
        return new Limits(ACCEPT, MAX_FILES, MAX_FILE, MAX_ALL, maxStatement);
    }

    private Evidence() {
    }

    /** The files actually chosen (a browser sends an empty part when none is), with an error on the form if any is refused. */
    public static List<FileUpload> check(List<FileUpload> uploads, Answers answers) {
        List<FileUpload> chosen = uploads == null ? List.of()
                : uploads.stream().filter(f -> f.fileName() != null && !f.fileName().isBlank() && f.size() > 0).toList();
        if (chosen.size() > MAX_FILES) {
            answers.error("files", "Choose " + MAX_FILES + " files or fewer");
        }
        long all = 0;
        for (FileUpload f : chosen) {
            String name = f.fileName();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.UK) : "";
            if (!EXTENSIONS.contains(extension)) {
                answers.error("files", name + " must be a PDF, Word (DOCX), Excel (XLSX), PNG, JPEG or text file");
            } else if (f.size() > MAX_FILE) {
                answers.error("files", name + " must be smaller than " + GovukFormats.fileSize(MAX_FILE));
            }
            all += f.size();
        }
        if (all > MAX_ALL) {
            answers.error("files", "The files together must be smaller than " + GovukFormats.fileSize(MAX_ALL));
        }
        return chosen;
    }
}
