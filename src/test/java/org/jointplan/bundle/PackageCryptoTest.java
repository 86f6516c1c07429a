package org.jointplan.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PackageCryptoTest {
    private static final byte[] ZIP = "PK\u0003\u0004 pretend this is a zip".getBytes(StandardCharsets.ISO_8859_1);
    private static final char[] PASSPHRASE = "a long walk in Sherwood".toCharArray();

    @Test
    void theHeaderIsTheDocumentedOne() {
        byte[] sealed = PackageCrypto.encrypt(ZIP, PASSPHRASE);
        ByteBuffer header = ByteBuffer.wrap(sealed);
        byte[] magic = new byte[8];
        header.get(magic);
        assertEquals("JPLANENC", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(1, header.getShort());
        assertEquals(1, header.get());
        assertEquals(600_000, header.getInt());
        assertEquals(16, header.get());
        header.position(header.position() + 16);
        assertEquals(12, header.get());
        assertEquals(45, PackageCrypto.HEADER_BYTES);
        assertEquals(45 + ZIP.length + 16, sealed.length, "ciphertext plus a 128-bit tag");
    }

    @Test
    void sealingTwiceGivesDifferentFilesThatBothOpen() {
        byte[] a = PackageCrypto.encrypt(ZIP, PASSPHRASE);
        byte[] b = PackageCrypto.encrypt(ZIP, PASSPHRASE);
        assertFalse(Arrays.equals(a, b), "fresh salt and nonce");
        assertArrayEquals(ZIP, PackageCrypto.decrypt(a, PASSPHRASE));
        assertArrayEquals(ZIP, PackageCrypto.decrypt(b, PASSPHRASE));
        assertEquals(new String(PASSPHRASE), "a long walk in Sherwood", "the caller's passphrase is left alone");
    }

    @Test
    void anyChangedHeaderByteIsNoticed() {
        byte[] sealed = PackageCrypto.encrypt(ZIP, PASSPHRASE);
        for (int i : new int[] {16, 20, 31, 33, 40, 44}) { // salt and nonce bytes: authenticated as additional data
            byte[] changed = sealed.clone();
            changed[i] ^= 0x20;
            PackageException e = assertThrows(PackageException.class, () -> PackageCrypto.decrypt(changed,
                    PASSPHRASE));
            assertTrue(e.getMessage().startsWith("The passphrase is not right for this package"), e.getMessage());
        }
    }

    @Test
    void aWrongOrEmptyPassphraseSaysSoPlainly() {
        byte[] sealed = PackageCrypto.encrypt(ZIP, PASSPHRASE);
        assertEquals("The passphrase is not right for this package (or the file was damaged on the way).",
                assertThrows(PackageException.class, () -> PackageCrypto.decrypt(sealed, "a long walk".toCharArray()))
                        .getMessage());
        assertEquals("The passphrase is not right for this package.",
                assertThrows(PackageException.class, () -> PackageCrypto.decrypt(sealed, new char[0])).getMessage());
    }

    @Test
    void iterationsBelowTheFloorAreRefusedToo() {
        byte[] sealed = PackageCrypto.encrypt(ZIP, PASSPHRASE);
        ByteBuffer.wrap(sealed).putInt(11, 1);
        assertTrue(assertThrows(PackageException.class, () -> PackageCrypto.decrypt(sealed, PASSPHRASE))
                .getMessage().startsWith("The package asks for 1 key-derivation rounds"));
    }
}
