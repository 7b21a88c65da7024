package org.casework.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures over {@link Checkpoint#signedText()}, with the keys as PEM (PKCS#8 private,
 * X.509 SubjectPublicKeyInfo public) and a short key id. Malformed keys are refused with a
 * {@link KeyFormatException}; a malformed signature simply does not verify.
 */
public final class Signatures {

    public static final String ALGORITHM = "Ed25519";

    private Signatures() {
    }

    /** The signature over the checkpoint's signed text, in standard Base64. */
    public static String sign(PrivateKey key, Checkpoint checkpoint) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (InvalidKeyException e) {
            throw new KeyFormatException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by every Java 17 runtime", e);
        }
    }

    /** Whether {@code signatureBase64} is the key's signature over the checkpoint; false for any malformed input. */
    public static boolean verify(PublicKey key, Checkpoint checkpoint, String signatureBase64) {
        if (key == null || checkpoint == null || signatureBase64 == null) {
            return false;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(signatureBase64);
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            return signature.verify(bytes);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The first 16 hex digits of SHA-256 over the public key's DER (SubjectPublicKeyInfo). */
    public static String keyId(PublicKey key) {
        return Sha256.hex(Sha256.of(key.getEncoded())).substring(0, 16);
    }

    /** A fresh Ed25519 key pair. */
    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by every Java 17 runtime", e);
        }
    }

    /**
     * The public key of an Ed25519 private key, so a service configured with only its private key can publish
     * the public one. The JDK has no direct call for this; its key-pair generator derives the public key from
     * the 32 seed bytes it draws, so it is given the private key's seed as its "randomness". The result is
     * checked by a signature round trip before it is returned.
     */
    public static PublicKey publicKeyOf(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
            throw new KeyFormatException("not an Ed25519 private key", null);
        }
        byte[] seed = edKey.getBytes().get();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            Checkpoint probe = new Checkpoint("probe", 0, Merkle.EMPTY_ROOT, java.time.Instant.EPOCH);
            if (!verify(publicKey, probe, sign(key, probe))) {
                throw new IllegalStateException("could not derive the Ed25519 public key on this runtime");
            }
            return publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by every Java 17 runtime", e);
        }
    }

    /** Reads a {@code -----BEGIN PRIVATE KEY-----} (PKCS#8) Ed25519 key. */
    public static PrivateKey privateKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyFormatException("not a PEM PKCS#8 Ed25519 private key", e);
        }
    }

    /** Reads a {@code -----BEGIN PUBLIC KEY-----} (X.509 SubjectPublicKeyInfo) Ed25519 key. */
    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Pem.decode(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyFormatException("not a PEM X.509 Ed25519 public key", e);
        }
    }

    public static String toPem(PublicKey key) {
        return Pem.encode("PUBLIC KEY", key.getEncoded());
    }

    public static String toPem(PrivateKey key) {
        return Pem.encode("PRIVATE KEY", key.getEncoded());
    }

    /** Hands out a fixed seed where the key-pair generator asks for random bytes. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("the generator asked for " + bytes.length + " bytes, not a seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
