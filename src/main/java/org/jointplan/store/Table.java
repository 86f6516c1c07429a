package org.jointplan.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one kind of record maps to one table: its columns (the three change-stamp columns are added last), how a
 * record is bound to them and how a row is read back. The SQL is generated once from the column list, so the
 * column order is written in one place only.
 */
record Table<T>(String name, List<String> columns, String orderBy, Binder<T> binder, Mapper<T> mapper,
        List<Moved<T>> moved) {
    private static final List<String> STAMP = List.of("changed_at", "changed_by_org", "changed_by");
    private static final String PLAN = "plan_id";

    Table(String name, List<String> columns, String orderBy, Binder<T> binder, Mapper<T> mapper) {
        this(name, columns, orderBy, binder, mapper, List.of());
    }

    /**
     * An indexed column that an update may change (an action's priority): it is written only when its value
     * differs, by {@link #moveSql}, since naming an indexed column in an UPDATE rewrites its index entry, one more
     * page for every save to write and sync, even when the value is the same.
     */
    record Moved<T>(String column, Function<T, UUID> value, Function<T, UUID> id) {
    }

    interface Binder<T> {
        /** Binds every column in order, the stamp last; planId is given for tables whose record does not hold it. */
        void bind(Params params, UUID planId, T record) throws SQLException;
    }

    interface Mapper<T> {
        T map(Row row) throws SQLException;
    }

    private List<String> allColumns() {
        List<String> all = new ArrayList<>(columns);
        all.addAll(STAMP);
        return all;
    }

    /**
     * Inserts a record, or updates the row with its id. The update leaves out the plan (a record never changes plan,
     * and plan_id is in the (plan_id, id) index) and the {@link #moved} columns; it touches only a row of the same
     * plan, so that a record of another plan with the same id is never overwritten: the caller sees 0 rows changed.
     */
    String upsertSql() {
        List<String> all = allColumns();
        List<String> kept = new ArrayList<>(List.of("id", PLAN));
        moved.forEach(m -> kept.add(m.column()));
        String updates = all.stream().filter(c -> !kept.contains(c))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (id) DO UPDATE SET "
                + updates + (columns.contains(PLAN) ? " WHERE " + PLAN + " = excluded." + PLAN : "");
    }

    /** Sets a moved column where it differs: ?1 the value, ?2 the record's id. */
    String moveSql(Moved<T> column) {
        return "UPDATE " + name + " SET " + column.column() + " = ?1 WHERE id = ?2 AND " + column.column()
                + " IS NOT ?1";
    }

    String selectByPlanSql() {
        return "SELECT " + String.join(", ", allColumns()) + " FROM " + name + " WHERE plan_id = ? ORDER BY "
                + orderBy;
    }

    String deleteSql() {
        return "DELETE FROM " + name + " WHERE id = ? AND plan_id = ?";
    }
}
