package org.casework.web.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * A multipart/form-data body for an API: text fields and files, the files streamed from where the web UI's own
 * upload left them on disk, never held in memory. The service checks each file's type and size and takes its
 * SHA-256 itself: nothing here vouches for a file.
 */
public final class Multipart {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

    /** A file to pass on: the part's name, the name the person's computer gave it, its declared type, where it is. */
    public record FilePart(String field, String fileName, String contentType, Path path) {
    }

    private Multipart() {
    }

    public static ClientMultipartForm form(Map<String, String> fields, List<FilePart> files) {
        ClientMultipartForm form = ClientMultipartForm.create();
        fields.forEach((name, value) -> form.attribute(safe(name), value == null ? "" : value, null));
        for (FilePart f : files) {
            // a type the browser made up (or left out) is not passed on as if it were one
            String type = f.contentType() != null && MEDIA_TYPE.matcher(f.contentType()).matches() ? f.contentType()
                    : "application/octet-stream";
            form.binaryFileUpload(safe(f.field()), safe(f.fileName()), f.path().toString(), type);
        }
        return form;
    }

    /** A name inside a quoted header parameter: no quote or line break can end it early. */
    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[\"\\\\\r\n]", "_");
    }
}
