package org.jointplan.service;

import java.util.List;

/**
 * What the user chose for one export, beyond the plan and the file.
 *
 * @param passphrase          null for a package without one; the caller keeps and clears the array
 * @param includePrivateNotes whether the actions' private notes go too; by default they stay at home
 * @param recipients          the organisations the package is for, recorded in the exchange history
 */
public record ExportOptions(char[] passphrase, boolean includePrivateNotes, List<String> recipients) {
    public ExportOptions {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        recipients.forEach(Recipients::check);
    }

    /** A package protected by the passphrase (or none), without private notes, for nobody named. */
    public static ExportOptions protectedBy(char[] passphrase) {
        return new ExportOptions(passphrase, false, List.of());
    }
}
