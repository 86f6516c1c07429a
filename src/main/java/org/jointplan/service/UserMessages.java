package org.jointplan.service;

import org.jointplan.bundle.PackageException;
import org.jointplan.domain.ValidationException;
import org.jointplan.store.StoreException;

/** The one plain sentence shown to a user for a failure, whatever layer it came from. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof StoreException || t instanceof ValidationException || t instanceof PackageException) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "JointPlan met an unexpected problem (" + detail + "); nothing was changed. Run with --debug for"
                + " details.";
    }
}
