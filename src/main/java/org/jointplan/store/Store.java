package org.jointplan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.domain.Exchange;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.sqlite.SQLiteConfig;

/**
 * One plan store: a single SQLite file. Opening it checks the file, takes the lock, verifies integrity and runs
 * migrations; every write is one transaction. Not for concurrent use: the service calls it from one thread (the
 * methods are synchronized as a safety net).
 *
 * <p>PRAGMAs: WAL, so a reader never blocks and a crash never leaves a half-written page visible;
 * synchronous=FULL, so a commit survives a power cut (laptops run on battery; FULL costs well under a millisecond a
 * commit, less than a person can notice); foreign_keys=ON so the schema's references hold; a busy timeout in case
 * another program (a backup tool) holds the file for a moment.
 */
public final class Store implements AutoCloseable {
    /** "JPln": marks a SQLite file as a JointPlan store. */
    public static final int APPLICATION_ID = 0x4A506C6E;
    public static final int SCHEMA_VERSION = Migrations.LATEST;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final StoreLock lock;
    private final boolean created;
    private final Backups backups;
    private final PlanWriter writer;
    /**
     * Begin and commit, prepared once: cheaper than JDBC's autocommit toggling (which adds statements) and than
     * compiling the same two statements for every edit. sqlite-jdbc finalizes a statement that fails with an I/O
     * error or a full disk (a COMMIT on a full disk, say) without marking it closed, so a failed write drops them
     * and the next prepares them again.
     */
    private PreparedStatement begin;
    private PreparedStatement commit;
    private final Statement transaction;

    private Store(Path file, Connection connection, StoreLock lock, boolean created, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.writer = new PlanWriter(connection);
        try {
            this.transaction = connection.createStatement();
            prepared();
        } catch (SQLException e) {
            throw SqlErrors.explainReading(e, "open the plan store", file);
        }
        this.lock = lock;
        this.created = created;
        this.backups = new Backups(file, clock);
    }

    public static Store open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** Opens the store with the clock that names its backups (tests set it). */
    public static Store open(Path file, Clock clock) {
        return open(file, Migrations.LATEST, clock);
    }

    /** Opens the store migrated to the given schema version: tests use it to build stores of earlier versions. */
    static Store open(Path file, int targetVersion) {
        return open(file, targetVersion, Clock.systemDefaultZone());
    }

    /**
     * Opens the real file behind {@code file} (links resolved). An existing file is checked read-only first, so a
     * file that is refused is left exactly as it was, with no lock file beside it; the lock is taken only once the
     * file is to be opened for writing.
     */
    private static Store open(Path file, int targetVersion, Clock clock) {
        Path real = StorePath.real(file);
        boolean creating = StoreFile.inspect(real);
        if (!creating) {
            StoreLock.refuseIfHeld(real);
            StoreCheck.readOnly(real);
        }
        StoreLock lock = StoreLock.acquire(real);
        Connection connection = null;
        try {
            if (creating) {
                NewStoreFile.create(real);
            }
            connection = connect(real);
            try {
                configure(connection);
            } catch (SQLException e) {
                if (!SqlErrors.diskFull(e, real)) {
                    throw e;
                }
                // A full disk leaves no room for SQLite's shared-memory index, so the plan could not even be read.
                // In exclusive locking mode that index lives in memory; the store's lock already makes us its only
                // user, so nothing is lost, and saving works again once there is room.
                closeQuietly(connection);
                connection = connect(real, SQLiteConfig.LockingMode.EXCLUSIVE);
                configure(connection);
            }
            Store store = new Store(real, connection, lock, creating, clock);
            store.migrate(targetVersion);
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw SqlErrors.explainReading(e, "open the plan store " + real, real);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        }
    }

    /**
     * Looks at the store's file as opening it would, changing nothing: refuses what opening would refuse before
     * writing, and says whether there is no store yet (so the caller may put a seed copy there first).
     */
    public static boolean isNew(Path file) {
        return StoreFile.inspect(StorePath.real(file));
    }

    static Connection connect(Path file) throws SQLException {
        return connect(file, SQLiteConfig.LockingMode.NORMAL);
    }

    private static Connection connect(Path file, SQLiteConfig.LockingMode locking) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setLockingMode(locking);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            if (!String.valueOf(APPLICATION_ID).equals(firstString(connection, "PRAGMA application_id"))) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID); // a write: only when new, the disk may be full
            }
        }
    }

    private void migrate(int target) throws SQLException {
        int version = Migrations.version(connection);
        if (version > 0 && version < target && backups.isDue(Duration.ZERO)) {
            backups.take(connection, List.of());
        }
        Migrations.migrate(connection, target);
    }

    public Path file() {
        return file;
    }

    /** True when this open created the file: the caller seeds it. */
    public boolean wasCreated() {
        return created;
    }

    public Backups backups() {
        return backups;
    }

    public synchronized int schemaVersion() {
        return read(Migrations::version);
    }

    public synchronized List<Plan> plans() {
        return read(c -> new PlanReader(c).plans());
    }

    public synchronized Optional<PlanData> load(UUID planId) {
        return read(c -> new PlanReader(c).load(planId));
    }

    /**
     * Runs one user-visible change as one (BEGIN IMMEDIATE) transaction: all of it is saved, durably, or none of it.
     *
     * @param doing what the change is, in words that fit "… was not saved", e.g. "the new due date"
     */
    public synchronized void write(String doing, Work<PlanWriter> work) {
        try {
            prepared();
            begin.execute();
            try {
                work.run(writer);
                commit.execute();
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            forgetStatements(); // the one that failed may be finalized, and it does not say so: prepare afresh
            throw SqlErrors.explain(e, doing, file);
        }
    }

    private void prepared() throws SQLException {
        if (begin == null) {
            begin = connection.prepareStatement("BEGIN IMMEDIATE");
            commit = connection.prepareStatement("COMMIT");
        }
    }

    private void forgetStatements() {
        writer.close();
        for (PreparedStatement st : new PreparedStatement[] {begin, commit}) {
            try {
                if (st != null) {
                    st.close();
                }
            } catch (SQLException ignored) {
                // already finalized
            }
        }
        begin = null;
        commit = null;
    }

    /** The plan's exchanges of packages, newest first. */
    public synchronized List<Exchange> exchanges(UUID planId) {
        return read(c -> new PlanReader(c).exchanges(planId));
    }

    /** The server's audit of a followed plan as last synced (who pushed what, when), newest first. */
    public synchronized List<org.jointplan.domain.AuditEntry> syncAudit(UUID planId) {
        return read(c -> SyncAuditRows.of(c, planId));
    }

    /** The ids of the archived plans. */
    public synchronized java.util.Set<UUID> archivedPlans() {
        return read(c -> new PlanReader(c).archivedPlans());
    }

    /** When and by whom the plan with this id was deleted from this store, if it was. */
    public synchronized Optional<org.jointplan.domain.Stamp> planDeletion(UUID planId) {
        return read(c -> new PlanReader(c).planDeletion(planId));
    }

    /** The plan as it was in a package sent or received, as JSON. */
    public synchronized Optional<String> exchangeSnapshot(UUID packageId) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT snapshot FROM exchange WHERE package_id = ?")) {
                st.setString(1, packageId.toString());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The plan's base for its next sync, if this store follows it on a server. */
    public synchronized Optional<SyncBase> syncBase(UUID planId) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT plan_id, server, login, revision, snapshot,"
                    + " synced_at FROM sync_state WHERE plan_id = ?")) {
                st.setString(1, planId.toString());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(syncBase(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The plans this store follows on a server (the ids, in the order they were first synced). */
    public synchronized List<UUID> followedPlans() {
        return read(c -> {
            List<UUID> ids = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT plan_id FROM sync_state ORDER BY rowid")) {
                while (rs.next()) {
                    ids.add(UUID.fromString(rs.getString(1)));
                }
            }
            return ids;
        });
    }

    private static SyncBase syncBase(ResultSet rs) throws SQLException {
        return new SyncBase(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), java.time.Instant.parse(rs.getString(6)));
    }

    /** A value from the store's settings table, if set. */
    public synchronized Optional<String> setting(String key) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public synchronized void saveSetting(String key, String value) {
        write("the setting " + key, w -> w.saveSetting(key, value));
    }

    /** The problems PRAGMA integrity_check and foreign_key_check find; empty when the store is sound. */
    public synchronized List<String> integrityProblems() {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        if (!"ok".equals(rs.getString(1))) {
                            problems.add(rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("A row of " + rs.getString(1) + " refers to a missing row of "
                                + rs.getString(3) + ".");
                    }
                }
            }
            return problems;
        });
    }

    /** A consistent copy of the store in the backups folder, keeping the newest few. */
    public synchronized Path backup() {
        return backupKeeping(List.of());
    }

    /** A backup, as {@link #backup()}, that never prunes the backups in {@code keep} (one being restored, say). */
    public synchronized Path backupKeeping(List<Path> keep) {
        writer.close(); // VACUUM refuses to run while prepared statements are pending
        try {
            return backups.take(connection, keep);
        } catch (SQLException e) {
            throw SqlErrors.explain(e, "the backup", file);
        }
    }

    /** Takes a backup if the newest is older than {@code age}; returns whether it did. */
    public synchronized boolean backupIfOlderThan(Duration age) {
        return backups.isDue(age) && backup() != null;
    }

    public synchronized String sqliteVersion() {
        return read(c -> firstString(c, "SELECT sqlite_version()"));
    }

    @Override
    public synchronized void close() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA optimize");
        } catch (SQLException e) {
            // closing anyway: every change was committed when it was made
        } finally {
            writer.close();
            closeQuietly(connection);
            lock.close();
        }
    }

    /** Work done with a store resource that may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        void run(T resource) throws SQLException;
    }

    @FunctionalInterface
    interface Query<R> {
        R run(Connection connection) throws SQLException;
    }

    private <R> R read(Query<R> query) {
        try {
            return query.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.explainReading(e, "read the plan store", file);
        }
    }

    private void rollback() {
        try {
            transaction.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was active (SQLite may already have rolled it back, e.g. on a full disk)
        }
    }

    static String firstString(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }
}
