package org.jointplan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypedPasswordTest {
    @Test
    void aTypedPasswordIsNeverShownAndIsClearedWithItsOwnersArray() {
        char[] typed = "s3cret".toCharArray();
        ServerLogin login = ServerLogin.typed("jdbc:postgresql://localhost/jp", "anna", typed);

        assertFalse(login.toString().contains("s3cret"), login.toString());
        java.util.Arrays.fill(typed, '\0');
        assertEquals("\0\0\0\0\0\0", new String(login.typed().copy()));
    }

    @Test
    void anEmptyPasswordIsRefusedPlainly() {
        ServerException e = assertThrows(ServerException.class,
                () -> ServerLogin.typed("jdbc:postgresql://localhost/jp", "anna", new char[0]));

        assertEquals("The server password is missing.", e.getMessage());
    }
}
