package org.jointplan.server;

import java.util.Arrays;

/**
 * A password typed in the window, held only in memory for as long as its owner keeps it: never shown by toString,
 * never stored. Holds the caller's own array (no copy), so that clearing it there clears it here too.
 */
public final class TypedPassword {
    private final char[] chars;

    TypedPassword(char[] chars) {
        if (chars == null || chars.length == 0) {
            throw new ServerException("The server password is missing.");
        }
        this.chars = chars;
    }

    /** A copy for one connection, which the caller clears. */
    char[] copy() {
        return Arrays.copyOf(chars, chars.length);
    }

    @Override
    public String toString() {
        return "(password hidden)";
    }
}
