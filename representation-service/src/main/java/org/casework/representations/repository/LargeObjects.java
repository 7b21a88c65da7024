package org.casework.representations.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * Evidence bytes as PostgreSQL large objects, copied in 64 KiB chunks so no file is ever whole in
 * memory. Written in the caller's transaction: if the submission fails, the objects go with it.
 */
@ApplicationScoped
public class LargeObjects {

    private static final int CHUNK = 64 * 1024;

    private final DataSource dataSource;

    public LargeObjects(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Stored(long oid, long size, String sha256) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Stored store(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager manager = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = manager.createLO(LargeObjectManager.READWRITE);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (LargeObject object = manager.open(oid, LargeObjectManager.WRITE);
                    InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[CHUNK];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    object.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    size += n;
                }
            }
            return new Stored(oid, size, HexFormat.of().formatHex(digest.digest()));
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("evidence could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a stored object to {@code out}; needs a transaction (large objects are read inside one). */
    @Transactional
    public void copyTo(long oid, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager manager = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            try (LargeObject object = manager.open(oid, LargeObjectManager.READ)) {
                byte[] buffer = new byte[CHUNK];
                int n;
                while ((n = object.read(buffer, 0, buffer.length)) > 0) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("evidence could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
