package org.casework.representations.rest;

import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.casework.representations.domain.StoredFile;
import org.casework.representations.repository.LargeObjects;

/**
 * Sends a file of evidence back exactly as it was received, streamed from storage, as an attachment
 * that browsers will not try to render, with its SHA-256 so the receiver can check it.
 */
@ApplicationScoped
public class EvidenceDownloads {

    /** The answer as documented: the bytes, typed by what their content was found to be. */
    public static final String ANSWER = "The file's bytes, with the Content-Type found from its content, "
            + "Content-Disposition: attachment, ETag (its SHA-256 in hex), Repr-Digest and Digest";

    private final LargeObjects storage;

    public EvidenceDownloads(LargeObjects storage) {
        this.storage = storage;
    }

    public Response of(StoredFile f) {
        long oid = f.contentOid;
        StreamingOutput body = out -> storage.copyTo(oid, out);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(f.sha256));
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, f.contentType)
                .header(HttpHeaders.CONTENT_LENGTH, f.sizeBytes)
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + f.sha256 + "\"")
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                // the older header too (RFC 3230), which the contract names and simpler clients read
                .header("Digest", "sha-256=" + base64)
                .build();
    }
}
