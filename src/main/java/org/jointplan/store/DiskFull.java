package org.jointplan.store;

import java.io.IOException;
import java.util.Locale;

/** Recognises a full disk (or an exhausted quota) in the IOException the JDK throws for it. */
public final class DiskFull {
    private DiskFull() {
    }

    public static boolean is(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("no space left on device") || message.contains("not enough space on the disk")
                || message.contains("disk quota exceeded") || message.contains("disk is full");
    }
}
