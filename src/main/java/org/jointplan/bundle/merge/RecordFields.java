package org.jointplan.bundle.merge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jointplan.domain.ValidationException;

/**
 * The fields of a plan record by name, and a record rebuilt with some fields replaced. Field-level merging works on
 * every record kind through this one mechanism instead of a hand-written comparison per kind. The stamp is not a
 * field of the plan's content: it says who changed the record, not what it says. Fields that must move together
 * (see {@link Fields}) come as one, so that a merge can never take half of them.
 */
final class RecordFields {
    static final String STAMP = "stamp";

    private RecordFields() {
    }

    static Map<String, Object> of(Record record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (!c.getName().equals(STAMP)) {
                fields.put(c.getName(), value(c, record));
            }
        }
        return Fields.grouped(record.getClass(), fields);
    }

    /** The record with the given fields replaced; the records' own rules are checked again. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T record, Map<String, Object> replacedFields, Object stamp) {
        Map<String, Object> replaced = Fields.ungrouped(replacedFields);
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            types[i] = components[i].getType();
            args[i] = name.equals(STAMP) ? stamp
                    : replaced.containsKey(name) ? replaced.get(name) : value(components[i], record);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (T) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                throw v;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
