package org.jointplan.service;

import org.jointplan.bundle.PackageException;
import org.jointplan.domain.Text;
import org.jointplan.domain.ValidationException;
import org.jointplan.server.ServerException;
import org.jointplan.store.StoreException;

/**
 * The one plain sentence shown to a user for a failure, whatever layer it came from. A failure nobody foresaw is
 * never shown by its own message (a Java class name, a nested "cause: cause" chain): the sentence says where the
 * details are instead. Control characters are shown as visible escapes, since a message may quote a file.
 */
public final class UserMessages {
    private UserMessages() {
    }

    /** For the window, which logs every failure's details. */
    public static String of(Throwable failure) {
        return of(failure, "the log has the details");
    }

    /** @param details where the details of an unforeseen failure can be found, e.g. "the log has the details" */
    public static String of(Throwable failure, String details) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException || t instanceof ValidationException || t instanceof PackageException
                    || t instanceof ServerException) {
                return Text.printable(t.getMessage());
            }
        }
        return "JointPlan met an unexpected problem and did not finish; " + details + ".";
    }
}
