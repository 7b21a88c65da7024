package org.casework.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CheckpointSignatureTest {

    private static final KeyPair KEYS = Signatures.generateKeyPair();
    private static final String ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
    private static final Checkpoint CHECKPOINT = new Checkpoint("case-service", 8, ROOT,
            Instant.parse("2026-12-04T10:15:30.123Z"));

    @Test
    void theSignedTextNamesTheFormatLogSizeRootAndTimeOnePerLine() {
        assertEquals("casework-audit-checkpoint/v1\ncase-service\n8\n" + ROOT + "\n2026-12-04T10:15:30.123Z\n",
                CHECKPOINT.signedText());
    }

    @Test
    void theTimeIsKeptToTheMicrosecondSoACheckpointReadBackFromTheDatabaseSignsTheSameText() {
        Checkpoint precise = new Checkpoint("case-service", 8, ROOT, Instant.parse("2026-12-04T10:15:30.123456789Z"));
        assertEquals(Instant.parse("2026-12-04T10:15:30.123456Z"), precise.time());
        assertTrue(Signatures.verify(KEYS.getPublic(), new Checkpoint("case-service", 8, ROOT, precise.time()),
                Signatures.sign(KEYS.getPrivate(), precise)));
    }

    @Test
    void aCheckpointSignedWithTheKeyVerifiesWithItsPublicKey() {
        String signature = Signatures.sign(KEYS.getPrivate(), CHECKPOINT);
        assertTrue(Signatures.verify(KEYS.getPublic(), CHECKPOINT, signature));
    }

    @Test
    void aChangedSizeRootTimeOrLogDoesNotVerify() {
        String signature = Signatures.sign(KEYS.getPrivate(), CHECKPOINT);
        assertFalse(Signatures.verify(KEYS.getPublic(), new Checkpoint("case-service", 9, ROOT, CHECKPOINT.time()), signature));
        assertFalse(Signatures.verify(KEYS.getPublic(),
                new Checkpoint("case-service", 8, Merkle.EMPTY_ROOT, CHECKPOINT.time()), signature));
        assertFalse(Signatures.verify(KEYS.getPublic(),
                new Checkpoint("case-service", 8, ROOT, CHECKPOINT.time().plusSeconds(1)), signature));
        assertFalse(Signatures.verify(KEYS.getPublic(), new Checkpoint("notice-service", 8, ROOT, CHECKPOINT.time()),
                signature));
    }

    @Test
    void anotherKeysSignatureOrAMalformedOneDoesNotVerify() {
        KeyPair other = Signatures.generateKeyPair();
        assertFalse(Signatures.verify(KEYS.getPublic(), CHECKPOINT, Signatures.sign(other.getPrivate(), CHECKPOINT)));
        assertFalse(Signatures.verify(KEYS.getPublic(), CHECKPOINT, "not base64!"));
        assertFalse(Signatures.verify(KEYS.getPublic(), CHECKPOINT, ""));
        assertFalse(Signatures.verify(KEYS.getPublic(), CHECKPOINT, null));
    }

    @Test
    void keysRoundTripThroughPemAndTheKeyIdIsTheFirst16HexOfTheDerHash() {
        String publicPem = Signatures.toPem(KEYS.getPublic());
        String privatePem = Signatures.toPem(KEYS.getPrivate());
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        PublicKey publicKey = Signatures.publicKeyFromPem(publicPem);
        PrivateKey privateKey = Signatures.privateKeyFromPem(privatePem);
        assertTrue(Signatures.verify(publicKey, CHECKPOINT, Signatures.sign(privateKey, CHECKPOINT)));
        assertEquals(Signatures.keyId(KEYS.getPublic()), Signatures.keyId(publicKey));
        assertEquals(Sha256.hex(Sha256.of(KEYS.getPublic().getEncoded())).substring(0, 16), Signatures.keyId(publicKey));
    }

    @Test
    void aPemWrittenByOpensslIsRead() {
        // the example key pair of RFC 8410 §10.3, in the PEM form openssl writes
        PrivateKey privateKey = Signatures.privateKeyFromPem("""
                -----BEGIN PRIVATE KEY-----
                MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
                -----END PRIVATE KEY-----
                """);
        PublicKey publicKey = Signatures.publicKeyFromPem("""
                -----BEGIN PUBLIC KEY-----
                MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
                -----END PUBLIC KEY-----
                """);
        assertTrue(Signatures.verify(publicKey, CHECKPOINT, Signatures.sign(privateKey, CHECKPOINT)));
    }

    @Test
    void thePublicKeyIsDerivedFromThePrivateKeyAlone() {
        PrivateKey privateKey = Signatures.privateKeyFromPem(Signatures.toPem(KEYS.getPrivate()));
        assertEquals(Signatures.keyId(KEYS.getPublic()), Signatures.keyId(Signatures.publicKeyOf(privateKey)));
    }

    @Test
    void somethingThatIsNotAnEd25519PemKeyIsRefusedWithAKeyFormatException() {
        assertThrows(KeyFormatException.class, () -> Signatures.publicKeyFromPem("hello"));
        assertThrows(KeyFormatException.class, () -> Signatures.publicKeyFromPem(
                "-----BEGIN PUBLIC KEY-----\n%%%\n-----END PUBLIC KEY-----\n"));
        assertThrows(KeyFormatException.class, () -> Signatures.publicKeyFromPem(
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
        assertThrows(KeyFormatException.class, () -> Signatures.privateKeyFromPem(Signatures.toPem(KEYS.getPublic())));
    }
}
