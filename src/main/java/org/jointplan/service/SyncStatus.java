package org.jointplan.service;

import java.time.Instant;

/**
 * Where a followed plan stands with its server, for the status bar: which server and login, the revision and time of
 * the last sync, and whether the local plan has changes the server has not had yet.
 */
public record SyncStatus(String server, String login, long revision, Instant syncedAt, boolean localChangesWaiting) {
}
