package org.casework.representations;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casework.testing.OverlapBarrier;
import org.casework.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Windows, submissions and files for the representation-service tests. */
public final class Portal {

    public static final String[] TABLES = { "representation_window", "representation", "evidence_file",
            "extension_request", "hearing_request", "hearing_document", "audit_event", "pg_largeobject_metadata",
            "outbox_event" };

    private Portal() {
    }

    /** notice-service opens a window for organisation {@code org}, due on {@code dueOn}. */
    public static UUID window(String org, LocalDate dueOn) {
        UUID noticeId = UUID.randomUUID();
        open(noticeId, org, dueOn).then().statusCode(201);
        return noticeId;
    }

    public static Response open(UUID noticeId, String org, LocalDate dueOn) {
        return open(noticeId, org, dueOn, null);
    }

    /** With a barrier, the service holds the request until every request of that barrier has arrived. */
    public static Response open(UUID noticeId, String org, LocalDate dueOn, String barrier) {
        RequestSpecification request = given().auth().oauth2(Tokens.service());
        if (barrier != null) {
            request.header(OverlapBarrier.HEADER, barrier);
        }
        return request.header("Casework-On-Behalf-Of", "decision-maker-grace")
                .contentType(ContentType.JSON)
                .body("{\"caseId\":\"" + UUID.nameUUIDFromBytes(noticeId.toString().getBytes()) + "\",\"organisationId\":\""
                        + org + "\",\"dueOn\":\"" + dueOn + "\",\"reference\":\"NOI-2024-000001\"}")
                .put("/internal/windows/" + noticeId);
    }

    public static RequestSpecification as(String org) {
        return given().auth().oauth2(Tokens.orgRepresentative(org));
    }

    public static Response submit(String org, UUID noticeId, String statement, Object... files) {
        return submit(as(org), noticeId, statement, files);
    }

    /** A submission through {@code request} (a representative's, with any extra headers). */
    public static Response submit(RequestSpecification request, UUID noticeId, String statement, Object... files) {
        request.multiPart("statement", statement);
        for (int i = 0; i < files.length; i += 2) {
            String name = (String) files[i];
            Object content = files[i + 1];
            if (content instanceof Path path) {
                request.multiPart("files", path.toFile(), "application/octet-stream");
                continue;
            }
            request.multiPart("files", name, (byte[]) content, "application/octet-stream");
        }
        return request.post("/portal/notices/" + noticeId + "/representations");
    }

    /**
     * Sends a multipart submission with files streamed from disk through a fixed-length connection, so
     * the sending side never holds more than a buffer of it (for measuring the service's memory).
     */
    public static int submitStreaming(String baseUrl, String org, UUID noticeId, String statement, Path... files)
            throws IOException {
        String boundary = "casework-" + UUID.randomUUID();
        java.util.List<Object> parts = new java.util.ArrayList<>();
        parts.add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"statement\"\r\n\r\n" + statement + "\r\n");
        for (Path file : files) {
            parts.add("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            parts.add(file);
            parts.add("\r\n");
        }
        parts.add("--" + boundary + "--\r\n");
        long length = 0;
        for (Object part : parts) {
            length += part instanceof Path p ? Files.size(p) : ((String) part).getBytes(StandardCharsets.UTF_8).length;
        }
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) java.net.URI
                .create(baseUrl + "/portal/notices/" + noticeId + "/representations").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(length);
        connection.setRequestProperty("Authorization", "Bearer " + Tokens.orgRepresentative(org));
        connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        try (var out = connection.getOutputStream()) {
            for (Object part : parts) {
                if (part instanceof Path p) {
                    Files.copy(p, out);
                } else {
                    out.write(((String) part).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        int status = connection.getResponseCode();
        connection.disconnect();
        return status;
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        byte[] b = new byte[64];
        byte[] sig = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    public static byte[] docx() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String entry : new String[] { "[Content_Types].xml", "word/document.xml", "_rels/.rels" }) {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Windows executable's first bytes: what a ".pdf" that is not a PDF might really be. */
    public static byte[] executable() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        return b;
    }

    /** A file of {@code bytes} bytes of varied content on disk (so the client streams it). */
    public static Path bigFile(long bytes, String suffix) throws IOException {
        Path file = Files.createTempFile("evidence-", suffix);
        file.toFile().deleteOnExit();
        byte[] chunk = new byte[1024 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + 7);
        }
        byte[] header = pdf();
        System.arraycopy(header, 0, chunk, 0, header.length);
        try (var out = Files.newOutputStream(file)) {
            long left = bytes;
            while (left > 0) {
                int n = (int) Math.min(left, chunk.length);
                out.write(chunk, 0, n);
                left -= n;
            }
        }
        return file;
    }
}
