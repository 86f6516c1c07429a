package org.jointplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.jointplan.domain.Plan;
import org.jointplan.domain.Stamp;

/** Writes a plan's lifecycle: archiving, deleting (with a tombstone) and bringing a deleted plan back. */
public final class PlanLifecycleWriter {
    private final Connection connection;

    PlanLifecycleWriter(Connection connection) {
        this.connection = connection;
    }

    public void setArchived(UUID planId, boolean archived) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE plan SET archived = ? WHERE id = ?")) {
            new Params(st).bool(archived).id(planId);
            if (st.executeUpdate() != 1) {
                throw new StoreException("That plan is no longer in the store; it may have been deleted.");
            }
        }
    }

    /**
     * Deletes the plan and everything in it, its exchanges included. With a stamp, a tombstone records the deletion,
     * so that a partner's package of the plan is not quietly taken for a new plan; without one, the plan leaves no
     * trace (a plan made a moment ago and undone).
     */
    public void delete(Plan plan, Stamp tombstone) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM plan WHERE id = ?")) {
            new Params(st).id(plan.id());
            if (st.executeUpdate() != 1) {
                throw new StoreException("That plan is no longer in the store; it may have been deleted already.");
            }
        }
        if (tombstone != null) {
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO plan_tombstone (id, title,"
                    + " changed_at, changed_by_org, changed_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                    + " SET title = excluded.title, changed_at = excluded.changed_at,"
                    + " changed_by_org = excluded.changed_by_org, changed_by = excluded.changed_by")) {
                new Params(st).id(plan.id()).text(plan.title()).stamp(tombstone);
                st.executeUpdate();
            }
        }
    }

    /** Forgets that the plan was deleted: it is back. */
    public void revive(UUID planId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM plan_tombstone WHERE id = ?")) {
            new Params(st).id(planId);
            st.executeUpdate();
        }
    }
}
