package org.jointplan.sheet;

/** A file the import cannot read at all, said in one plain sentence; nothing has been read or stored. */
public class SheetException extends RuntimeException {
    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
