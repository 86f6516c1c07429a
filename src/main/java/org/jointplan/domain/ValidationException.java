package org.jointplan.domain;

/** A rule of the plan was broken. The message is one plain sentence a user can act on. */
public class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }
}
