package org.jointplan.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How one kind of record maps to one server table: its columns (the three stamp columns are added last), how a
 * record is bound to them and how a row is read back; the SQL is generated from the column list, so the order is
 * written once. Every table has id and plan_id.
 */
record ServerTable<T>(String name, List<String> columns, String orderBy, Binder<T> binder, Mapper<T> mapper) {
    private static final List<String> STAMP = List.of("changed_at", "changed_by_org", "changed_by");

    interface Binder<T> {
        /** Binds every column in order, the stamp last; planId is given for records that do not hold it. */
        void bind(ServerParams params, UUID planId, T record) throws SQLException;
    }

    interface Mapper<T> {
        T map(ServerRow row) throws SQLException;
    }

    private List<String> allColumns() {
        List<String> all = new ArrayList<>(columns);
        all.addAll(STAMP);
        return all;
    }

    private String qualified() {
        return "jointplan." + name;
    }

    /**
     * Inserts a record or updates the row with its id, only within the same plan: a record of another plan with the
     * same id is never overwritten (the caller sees 0 rows and refuses the push).
     */
    String upsertSql() {
        List<String> all = allColumns();
        String updates = all.stream().filter(c -> !c.equals("id") && !c.equals("plan_id"))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + qualified() + " AS t (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (id) DO UPDATE SET "
                + updates + " WHERE t.plan_id = excluded.plan_id";
    }

    String selectByPlanSql() {
        return "SELECT " + String.join(", ", allColumns()) + " FROM " + qualified() + " WHERE plan_id = ? ORDER BY "
                + orderBy;
    }

    String deleteSql() {
        return "DELETE FROM " + qualified() + " WHERE id = ? AND plan_id = ?";
    }
}
