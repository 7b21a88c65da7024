package org.casework.web.client;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body for an API: text fields and files, the files streamed from where the web
 * UI's own upload left them on disk, never held in memory. The service checks each file's type and size
 * and takes its SHA-256 itself: nothing here vouches for a file.
 */
public final class Multipart {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

    /** A file to pass on: the part's name, the name the person's computer gave it, its declared type, where it is. */
    public record FilePart(String field, String fileName, String contentType, Path path) {
    }

    private final String boundary = "casework-" + UUID.randomUUID();
    private final List<BodyPublisher> parts = new ArrayList<>();

    public Multipart(Map<String, String> fields, List<FilePart> files) {
        fields.forEach((name, value) -> parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + safe(name) + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + (value == null ? "" : value) + "\r\n")));
        for (FilePart f : files) {
            String type = f.contentType() != null && MEDIA_TYPE.matcher(f.contentType()).matches() ? f.contentType()
                    : "application/octet-stream";
            parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + safe(f.field())
                    + "\"; filename=\"" + safe(f.fileName()) + "\"\r\nContent-Type: " + type + "\r\n\r\n"));
            try {
                parts.add(BodyPublishers.ofFile(f.path()));
            } catch (FileNotFoundException e) {
                throw new IllegalStateException("an uploaded file is gone before it was passed on", e);
            }
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + boundary + "--\r\n"));
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public BodyPublisher body() {
        return BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
    }

    private static BodyPublisher text(String s) {
        return BodyPublishers.ofString(s, StandardCharsets.UTF_8);
    }

    /** A name inside a quoted header parameter: no quote or line break can end it early. */
    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[\"\\\\\r\n]", "_");
    }
}
