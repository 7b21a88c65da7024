package org.casework.representations.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casework.platform.problem.FieldError;
import org.casework.platform.problem.Problem;
import org.casework.platform.problem.ProblemException;
import org.casework.platform.validation.SafeTextValidator;
import org.casework.representations.config.RepresentationConfig;
import org.casework.representations.domain.EvidenceType;
import org.casework.representations.domain.EvidenceTypes;
import org.casework.representations.domain.FileNames;
import org.casework.representations.domain.PlainText;

/**
 * Everything about a submission that can be checked before anything is stored: the statement, the
 * number and sizes of files, and each file's type found in its content.
 */
final class SubmissionChecks {

    private SubmissionChecks() {
    }

    static void checkStatement(String statement, RepresentationConfig config) {
        checkText("statement", statement, config.maxStatementLength(), true);
    }

    /** A text field sent in a multipart form (where bean validation does not reach): present, bounded, plain. */
    static void checkText(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw invalid(field, "is required");
            }
            return;
        }
        if (value.length() > maxLength) {
            throw invalid(field, "must be at most " + maxLength + " characters");
        }
        if (!SafeTextValidator.isSafe(value, true)) {
            throw invalid(field, "must not contain control characters");
        }
        if (PlainText.hasDirectionControls(value)) {
            throw invalid(field, PlainText.DIRECTION_CONTROLS_MESSAGE);
        }
    }

    /**
     * A file's name is only ever a name: a path ("../../etc/passwd", "C:\\x.pdf"), a control character or a
     * direction control is refused rather than quietly cut, so what the sender sees is what was stored.
     */
    static void checkNames(List<Upload> files) {
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).submittedName();
            if (name != null && !FileNames.isPlain(name)) {
                refused.add(new FieldError("files[" + i + "]", "must be a plain file name such as evidence.pdf: "
                        + "no folders, '..', control characters or direction controls"));
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                    refused.size() == 1 ? "Field '" + refused.get(0).field() + "' " + refused.get(0).message()
                            : refused.size() + " fields are invalid; each is listed in errors")
                    .with("errors", refused));
        }
    }

    static void checkSizes(List<Upload> files, RepresentationConfig config) {
        if (files.size() > config.maxFiles()) {
            throw tooLarge("At most " + config.maxFiles() + " files can be sent with one representation");
        }
        long total = 0;
        long maxFile = config.maxFileSize().asLongValue();
        for (Upload f : files) {
            if (f.size() > maxFile) {
                throw tooLarge("A file is larger than the " + mb(maxFile) + " allowed per file")
                        .with("maxFileSize", maxFile);
            }
            total += f.size();
        }
        long maxTotal = config.maxSubmissionSize().asLongValue();
        if (total > maxTotal) {
            throw tooLarge("The files together are larger than the " + mb(maxTotal) + " allowed per submission")
                    .with("maxSubmissionSize", maxTotal);
        }
    }

    /** The type of each file, found in its content; any file of another type refuses the whole submission (415). */
    static List<EvidenceType> types(List<Upload> files) {
        List<EvidenceType> types = new ArrayList<>();
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                var type = EvidenceTypes.detect(files.get(i).path());
                if (type.isPresent()) {
                    types.add(type.get());
                } else {
                    refused.add(new FieldError("files[" + i + "]", "is not a PDF, DOCX, XLSX, PNG, JPEG or plain-text file"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(new Problem("unsupported-evidence-type", "Unsupported evidence type", 415,
                    refused.size() + " file(s) are not of an accepted type; nothing was stored")
                    .with("errors", refused)
                    .with("accepted", Arrays.stream(EvidenceType.values()).map(Enum::name).toList()));
        }
        return types;
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem("invalid-request", "Invalid request", 400,
                "Field '" + field + "' " + message).with("errors", List.of(new FieldError(field, message))));
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(new Problem("request-too-large", "Request too large", 413,
                detail + "; nothing was stored"));
    }

    private static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
