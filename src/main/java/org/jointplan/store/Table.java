package org.jointplan.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How one kind of record maps to one table: its columns (the three change-stamp columns are added last), how a
 * record is bound to them and how a row is read back. The SQL is generated once from the column list, so the
 * column order is written in one place only.
 */
record Table<T>(String name, List<String> columns, String orderBy, Binder<T> binder, Mapper<T> mapper) {
    private static final List<String> STAMP = List.of("changed_at", "changed_by_org", "changed_by");

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

    String upsertSql() {
        List<String> all = allColumns();
        String updates = all.stream().filter(c -> !c.equals("id"))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (id) DO UPDATE SET "
                + updates;
    }

    String selectByPlanSql() {
        return "SELECT " + String.join(", ", allColumns()) + " FROM " + name + " WHERE plan_id = ? ORDER BY "
                + orderBy;
    }

    String deleteSql() {
        return "DELETE FROM " + name + " WHERE id = ? AND plan_id = ?";
    }
}
