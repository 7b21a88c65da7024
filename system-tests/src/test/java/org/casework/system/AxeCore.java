package org.casework.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.casework.local.KeycloakServer;

/**
 * axe-core, the accessibility checker, fetched once from the npm registry (pinned version, checked
 * against the registry's sha512 integrity) and kept in the Casework cache. The browser tests inject it.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    private static final String INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    private AxeCore() {
    }

    static String script() throws Exception {
        Path cached = KeycloakServer.cacheDirectory().resolve("axe-core-" + VERSION + ".min.js");
        if (!Files.exists(cached)) {
            byte[] tarball = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(TARBALL)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            String integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
            if (!integrity.equals(INTEGRITY)) {
                throw new IllegalStateException("axe-core " + VERSION + " from npm does not match its published integrity");
            }
            Path partial = Files.createDirectories(cached.getParent()).resolve(cached.getFileName() + ".partial");
            Files.write(partial, fileInTar(new GZIPInputStream(new ByteArrayInputStream(tarball)), "package/axe.min.js"));
            Files.move(partial, cached, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.readString(cached, StandardCharsets.UTF_8);
    }

    /** One file out of a (ustar) tar stream: 512-byte headers, each followed by the file padded to 512 bytes. */
    private static byte[] fileInTar(InputStream tar, String wanted) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512) {
            String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
            String prefix = new String(header, 345, 155, StandardCharsets.US_ASCII).replace("\0", "");
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            if (name.isEmpty()) {
                break;
            }
            long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
            byte[] content = tar.readNBytes((int) size);
            tar.skipNBytes((512 - size % 512) % 512);
            if (name.equals(wanted)) {
                return content;
            }
        }
        throw new IOException(wanted + " is not in the axe-core package");
    }
}
