package org.jointplan.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.domain.AuditEntry;
import org.jointplan.domain.EntityKind;
import org.jointplan.domain.Plan;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Stamped;
import org.jointplan.domain.Tombstone;

/**
 * The partnership's plans on a PostgreSQL server, as one login sees them. Reads a plan with its revision; pushes
 * records as one transaction that states the revision it was based on, so that no update is lost: the plan's
 * revision row is locked first (always the one row, so concurrent pushers queue and never deadlock), and a push based
 * on an older revision changes nothing and says so. Pushed records are stamped with the login's member. Not for
 * concurrent use: one connection, synchronized methods.
 */
public final class ServerStore implements AutoCloseable {
    /** Parents before children when saving; removals go the other way. */
    private static final List<EntityKind> PARENTS_FIRST = List.of(EntityKind.PARTNER, EntityKind.PRIORITY,
            EntityKind.MEASURE, EntityKind.ACTION, EntityKind.MILESTONE, EntityKind.DEPENDENCY,
            EntityKind.PROGRESS_UPDATE, EntityKind.MEASURE_VALUE, EntityKind.COMMITTEE_DATE, EntityKind.SNAPSHOT,
            EntityKind.DATE_MOVE);

    private final Connection connection;
    private final ServerLogin login;

    private ServerStore(Connection connection, ServerLogin login) {
        this.connection = connection;
        this.login = login;
    }

    /** Where this store is and who it logs in as (never the password: only the file that holds it). */
    public ServerLogin login() {
        return login;
    }

    /** Connects and checks that the server's schema is this version's. */
    public static ServerStore open(ServerLogin login) {
        Connection connection = login.connect("connect to the server");
        try {
            int version = ServerMigrations.version(connection);
            ServerMigrations.refuseNewer(version);
            if (version < ServerMigrations.LATEST) {
                throw new ServerException(version == 0
                        ? "JointPlan is not set up on this server yet; its administrator runs server init first."
                        : "The server's JointPlan schema is older than this JointPlan; its administrator runs server"
                                + " upgrade first.");
            }
            connection.setAutoCommit(false);
            return new ServerStore(connection, login);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof SQLException s ? ServerErrors.explain(s, "connect to the server") : (RuntimeException) e;
        }
    }

    /** The plan as the server holds it, with its revision, read at one moment; empty when the server lacks it. */
    public synchronized Optional<ServerPlan> load(UUID planId) {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            long revision = revisionIn(planId);
            Optional<ServerPlan> plan = new ServerPlanReader(connection).load(planId)
                    .map(data -> new ServerPlan(data, revision));
            connection.commit();
            return plan;
        } catch (SQLException e) {
            rollback();
            throw ServerErrors.explain(e, "read the plan from the server");
        }
    }

    /** The plan's revision on the server: 0 when it was never pushed. */
    public synchronized long revision(UUID planId) {
        try {
            long revision = revisionIn(planId);
            connection.commit();
            return revision;
        } catch (SQLException e) {
            rollback();
            throw ServerErrors.explain(e, "read the plan's revision from the server");
        }
    }

    /**
     * Waits for, then holds, the plan's sync turn on this connection until the turn is closed (or the connection
     * drops). Laptops that sync a plan without a person to ask (the command line) take turns here, so that twenty at
     * once each pull, merge and push once, rather than each being refused by the others' pushes and starting over.
     * An advisory lock: it guards no data (pushes stay safe without it), and a window that syncs optimistically is
     * not kept waiting by it.
     */
    public synchronized Turn turn(UUID planId) {
        long key = planId.getMostSignificantBits() ^ planId.getLeastSignificantBits();
        try {
            try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                st.setLong(1, key);
                st.execute();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw ServerErrors.explain(e, "take the plan's turn on the server");
        }
        java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
        return () -> {
            if (held.getAndSet(false)) {
                unlock(key);
            }
        };
    }

    /** A plan's sync turn, given back on close (once: closing again does nothing). */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private synchronized void unlock(long key) {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            st.setLong(1, key);
            st.execute();
            connection.commit();
        } catch (SQLException e) {
            rollback(); // the connection is gone, and its lock with it
        }
    }

    /** The plan's audit after revision {@code afterRevision} (0 for all of it), oldest first: who pushed what, when. */
    public synchronized List<AuditEntry> audit(UUID planId, long afterRevision) {
        try {
            List<AuditEntry> entries = new ServerAuditReader(connection).after(planId, afterRevision);
            connection.commit();
            return entries;
        } catch (SQLException e) {
            rollback();
            throw ServerErrors.explain(e, "read the plan's history from the server");
        }
    }

    /**
     * Pushes records to save and tombstones (records to remove) as one transaction based on the server's revision
     * {@code basedOn} (0 to publish a plan the server lacks, whose first push holds the {@link Plan} itself).
     */
    public synchronized PushResult push(UUID planId, long basedOn, List<? extends Stamped> saves,
                                        List<Tombstone> tombstones) {
        for (Stamped record : saves) {
            if (ServerPlanWriter.ofAnotherPlan(planId, record)) {
                throw new ServerException("A record pushed with this plan belongs to another plan, so nothing was"
                        + " pushed.");
            }
        }
        for (Tombstone tombstone : tombstones) {
            if (!tombstone.planId().equals(planId)) {
                throw new ServerException("A deletion pushed with this plan belongs to another plan, so nothing was"
                        + " pushed.");
            }
        }
        try (ServerPlanWriter writer = new ServerPlanWriter(connection)) {
            Member member = member();
            if (basedOn == 0) {
                if (saves.stream().noneMatch(r -> r instanceof Plan)) {
                    throw new ServerException("A plan is published whole: its first push must hold the plan itself.");
                }
                if (!ServerPlanMembers.publish(connection, planId)) {
                    throw ServerPlanMembers.notAMember();
                }
            }
            Optional<Long> revision = bump(planId, basedOn);
            if (revision.isEmpty()) {
                connection.rollback();
                long now = revision(planId);
                if (now == 0) { // the plan was seen at basedOn: now it is out of this login's sight
                    throw ServerPlanMembers.notAMember();
                }
                return new PushResult.ServerMovedOn(basedOn, now);
            }
            writer.saveAll(planId, ordered(saves).stream()
                    .map(record -> (Stamped) record.withStamp(stampOf(record.stamp(), member))).toList());
            List<Tombstone> removals = new ArrayList<>(tombstones);
            removals.sort(Comparator.comparingInt((Tombstone t) -> PARENTS_FIRST.indexOf(t.kind())).reversed());
            for (Tombstone tombstone : removals) {
                writer.remove(planId, new Tombstone(tombstone.id(), planId, tombstone.kind(),
                        stampOf(tombstone.stamp(), member)));
            }
            audit(planId, revision.get(), member, PushSummary.json(saves, tombstones));
            connection.commit();
            return new PushResult.Pushed(revision.get(), member, saves.size(), tombstones.size());
        } catch (SQLException e) {
            rollback();
            throw ServerErrors.explain(e, "push the plan to the server");
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /**
     * Makes another server login a member of the plan, as only a member may: it can then read and push the plan.
     * Returns false when it was a member already.
     */
    public synchronized boolean share(UUID planId, String login) {
        try {
            boolean added = ServerPlanMembers.share(connection, planId, login);
            connection.commit();
            return added;
        } catch (SQLException e) {
            rollback();
            throw ServerPlanMembers.explainShare(e);
        }
    }

    /** The change keeps its own time; who made it is the login's member, not a name typed on a laptop. */
    private static Stamp stampOf(Stamp stamp, Member member) {
        return new Stamp(stamp.at(), member.organisation(), member.person());
    }

    private static List<Stamped> ordered(List<? extends Stamped> saves) {
        List<Stamped> list = new ArrayList<>(saves);
        list.sort(Comparator.comparingInt(r -> r instanceof Plan ? -1 : PARENTS_FIRST.indexOf(EntityKind.of(r))));
        return list;
    }

    /** Takes the plan's revision row (the first lock a push holds) and bumps it, if it still is {@code basedOn}. */
    private Optional<Long> bump(UUID planId, long basedOn) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE jointplan.plan_revision"
                + " SET revision = revision + 1 WHERE plan_id = ? AND revision = ? RETURNING revision")) {
            new ServerParams(st).id(planId).integer(basedOn);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private Member member() throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT login_role, person, organisation FROM jointplan.member WHERE login_role = session_user");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new ServerException("This server login is not listed as a member of the partnership, so it"
                        + " cannot push; ask the server's administrator to add it with its person and organisation.");
            }
            return new Member(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }

    private void audit(UUID planId, long revision, Member member, String summary) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO jointplan.audit (plan_id, revision,"
                + " login_role, person, organisation, summary) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            new ServerParams(st).id(planId).integer(revision).text(member.loginRole()).text(member.person())
                    .text(member.organisation()).text(summary);
            st.executeUpdate();
        }
    }

    private long revisionIn(UUID planId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT revision FROM jointplan.plan_revision WHERE plan_id = ?")) {
            new ServerParams(st).id(planId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolled the transaction back itself
        }
    }

    @Override
    public synchronized void close() {
        rollback();
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
