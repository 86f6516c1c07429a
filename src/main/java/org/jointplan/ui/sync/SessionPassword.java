package org.jointplan.ui.sync;

import java.util.Arrays;
import java.util.Optional;

/**
 * The server password typed in this session, kept in memory only (never in the store, a file or a log) so that it
 * is asked once per session; cleared when the window closes or when the server refuses it.
 */
public final class SessionPassword {
    private char[] password;

    /** A copy for one sync, which the caller clears; empty until typed. */
    Optional<char[]> copy() {
        return password == null ? Optional.empty() : Optional.of(Arrays.copyOf(password, password.length));
    }

    void keep(char[] typed) {
        clear();
        password = typed;
    }

    public boolean isKept() {
        return password != null;
    }

    /** Overwrites the password and forgets it. */
    public void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
