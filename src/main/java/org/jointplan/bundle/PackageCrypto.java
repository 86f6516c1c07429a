package org.jointplan.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passphrase protection of a whole package: the zip is sealed with AES-256-GCM under a key derived from the
 * passphrase with PBKDF2-HMAC-SHA256. The file starts with a small header (layout in docs/plan-package-format.md)
 * that is authenticated too, as GCM's additional data, so that no byte of the file can change unnoticed.
 */
public final class PackageCrypto {
    /** Marks an encrypted package; a plain package starts with the zip's "PK". */
    static final byte[] MAGIC = "JPLANENC".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_VERSION = 1;
    static final int KDF_PBKDF2_SHA256 = 1;
    /** The OWASP figure for PBKDF2-HMAC-SHA256 (2023); about 0.2 s on a 2-core laptop. */
    public static final int ITERATIONS = 600_000;
    /**
     * A file can ask for more rounds (a later JointPlan may raise the figure) but not without bound: the header is
     * read before the passphrase can be checked, so a hostile file could otherwise make us spin for hours.
     */
    public static final int MAX_ITERATIONS = 10_000_000;
    /** A new package's passphrase; shorter ones are guessed in moments, even at 600,000 rounds. */
    public static final int MIN_PASSPHRASE_LENGTH = 8;
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int HEADER_BYTES = MAGIC.length + 2 + 1 + 4 + 1 + SALT_BYTES + 1 + NONCE_BYTES;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Key derivations so far: each costs about 0.2 s, so opening a package must need only one. */
    private static final AtomicLong DERIVATIONS = new AtomicLong();

    private PackageCrypto() {
    }

    public static boolean isEncrypted(byte[] fileStart) {
        return PackageFormat.startsWith(fileStart, MAGIC);
    }

    /** Seals the zip; a fresh salt and nonce every time, so the same plan never gives the same file. */
    static byte[] encrypt(byte[] zip, char[] passphrase) {
        requirePassphrase(passphrase);
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putShort((short) HEADER_VERSION)
                .put((byte) KDF_PBKDF2_SHA256).putInt(ITERATIONS).put((byte) SALT_BYTES).put(salt)
                .put((byte) NONCE_BYTES).put(nonce).array();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, nonce);
            cipher.updateAAD(header);
            byte[] sealed = new byte[header.length + cipher.getOutputSize(zip.length)];
            System.arraycopy(header, 0, sealed, 0, header.length);
            cipher.doFinal(zip, 0, zip.length, sealed, header.length);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new PackageException("This Java runtime cannot encrypt the package (" + e.getMessage() + ").", e);
        }
    }

    /** Opens a sealed package; any change to the file, or the wrong passphrase, fails GCM's check. */
    static byte[] decrypt(byte[] file, char[] passphrase) {
        if (passphrase == null) {
            throw new WrongPassphraseException("This package is protected by a passphrase; give the passphrase to"
                    + " open it.", null);
        }
        if (file.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new PackageException("The package is damaged: it ends before its encrypted content begins.");
        }
        ByteBuffer header = ByteBuffer.wrap(file, 0, HEADER_BYTES).position(MAGIC.length);
        int version = Short.toUnsignedInt(header.getShort());
        if (version < HEADER_VERSION) {
            throw new PackageException("The package's encryption header is damaged.");
        }
        if (version > HEADER_VERSION) {
            throw new PackageException("This package was made by a newer version of JointPlan (encryption format "
                    + version + "); this version reads encryption format " + HEADER_VERSION + " only.");
        }
        int kdf = Byte.toUnsignedInt(header.get());
        long iterations = Integer.toUnsignedLong(header.getInt());
        int saltBytes = Byte.toUnsignedInt(header.get());
        if (kdf != KDF_PBKDF2_SHA256 || saltBytes != SALT_BYTES) {
            throw new PackageException("The package asks for a way of deriving its key that JointPlan does not know.");
        }
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new PackageException("The package asks for " + iterations + " key-derivation rounds; JointPlan"
                    + " accepts " + ITERATIONS + " to " + MAX_ITERATIONS + ", so the file is damaged or hostile.");
        }
        byte[] salt = new byte[SALT_BYTES];
        header.get(salt);
        if (Byte.toUnsignedInt(header.get()) != NONCE_BYTES) {
            throw new PackageException("The package's encryption header is damaged.");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        header.get(nonce);
        if (passphrase.length == 0) {
            throw new WrongPassphraseException("The passphrase is not right for this package.", null);
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, salt, (int) iterations, nonce);
            cipher.updateAAD(file, 0, HEADER_BYTES);
            return cipher.doFinal(file, HEADER_BYTES, file.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            // GCM cannot tell a wrong key from altered bytes; the passphrase is by far the likelier cause
            throw new WrongPassphraseException("The passphrase is not right for this package (or the file was"
                    + " damaged on the way).", e);
        } catch (GeneralSecurityException e) {
            throw new PackageException("This Java runtime cannot decrypt the package (" + e.getMessage() + ").", e);
        }
    }

    /** How many keys this JVM has derived from passphrases, for tests that count them. */
    public static long keyDerivations() {
        return DERIVATIONS.get();
    }

    static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new PackageException("The passphrase is empty; type one, or export without a passphrase.");
        }
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new PackageException("The passphrase is shorter than " + MIN_PASSPHRASE_LENGTH + " characters;"
                    + " choose a longer one, or export without a passphrase.");
        }
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] key = null;
        try {
            DERIVATIONS.incrementAndGet();
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher;
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
