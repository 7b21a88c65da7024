package org.casework.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL as CloudNativePG sets it up from the overlay's Cluster and Databases: TLS on, with a certificate the
 * services verify ({@code sslmode=verify-full} against the {@code <cluster>-ca} Secret's certificate), password
 * authentication, the bootstrap owner and every managed role with the password of its Secret, and each database owned
 * by its role.
 */
final class ClusterDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    /** Database name → the role that owns it. */
    private final Map<String, String> owners;

    private ClusterDatabase(EmbeddedPostgres server, Map<String, String> owners) {
        this.server = server;
        this.owners = owners;
    }

    @SuppressWarnings("unchecked")
    static ClusterDatabase start(Manifests m, TestSecrets secrets, Path work) throws Exception {
        GenericKubernetesResource cluster = m.operated("Cluster").get(0);
        Path tls = Files.createDirectories(work.resolve("tls"));
        // verify-full: the certificate names the primary's Service and the address the test rewrites it to, and the
        // pods trust it as CloudNativePG's <cluster>-ca Secret (its ca.crt), self-signed as that CA would be
        String certificate = writeServerCertificate(tls, cluster.getMetadata().getName() + "-rw");
        secrets.put(cluster.getMetadata().getName() + "-ca", "ca.crt", certificate);
        Path hba = Files.writeString(work.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                """);
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(work.resolve("data")).setCleanDataDirectory(true)
                .setServerConfig("ssl", "on").setServerConfig("ssl_cert_file", tls.resolve("server.crt").toString())
                .setServerConfig("ssl_key_file", tls.resolve("server.key").toString()).setServerConfig("hba_file", hba.toString())
                .setServerConfig("password_encryption", "scram-sha-256").start();

        Map<String, String> roles = new LinkedHashMap<>();
        roles.put((String) cluster.get("spec", "bootstrap", "initdb", "owner"),
                secrets.value((String) cluster.get("spec", "bootstrap", "initdb", "secret", "name"), "password"));
        for (Map<String, Object> role : (List<Map<String, Object>>) cluster.get("spec", "managed", "roles")) {
            roles.put((String) role.get("name"), secrets.value((String) ((Map<String, Object>) role.get("passwordSecret")).get("name"), "password"));
        }
        Map<String, String> databases = new LinkedHashMap<>();
        databases.put((String) cluster.get("spec", "bootstrap", "initdb", "database"), (String) cluster.get("spec", "bootstrap", "initdb", "owner"));
        m.operated("Database").forEach(db -> databases.put((String) db.get("spec", "name"), (String) db.get("spec", "owner")));
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (var role : roles.entrySet()) {
                s.execute("create role " + role.getKey() + " login password '" + role.getValue() + "'");
            }
            for (var db : databases.entrySet()) {
                s.execute("create database " + db.getKey() + " owner " + db.getValue());
            }
        }
        return new ClusterDatabase(server, databases);
    }

    int port() {
        return server.getPort();
    }

    /** Whether the role logs in to the database over TLS with the password given, as the service will. */
    boolean accepts(String database, String role, String password) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/" + database + "?sslmode=require",
                role, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    String owner(String database) {
        return owners.get(database);
    }

    /** The first column of a query's rows, asked in {@code database} as the superuser (what the test looks at, not what a pod does). */
    List<String> column(String database, String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /**
     * A self-signed certificate for the server (the JDK's keytool) naming the host and 127.0.0.1, as PEM files
     * (server.crt, server.key: PKCS#8) the server reads; answers the certificate as PEM. Keycloak's too.
     */
    static String writeServerCertificate(Path dir, String host) throws Exception {
        Path store = dir.resolve("server.p12");
        char[] password = "casework".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keyalg", "RSA", "-keysize", "2048", "-alias", "server", "-dname", "CN=" + host,
                "-ext", "SAN=dns:" + host + ",ip:127.0.0.1", "-ext", "bc:c", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(password))
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes());
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool: " + out);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, password);
        }
        Key key = ks.getKey("server", password);
        String certificate = pem("CERTIFICATE", ks.getCertificate("server").getEncoded());
        Files.writeString(dir.resolve("server.crt"), certificate);
        Path keyFile = Files.writeString(dir.resolve("server.key"), pem("PRIVATE KEY", key.getEncoded()));
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        return certificate;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
