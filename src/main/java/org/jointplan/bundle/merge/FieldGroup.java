package org.jointplan.bundle.merge;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values of fields that must move together (an action's status and percent complete), compared, shown and
 * taken as one. A list, so that it compares by its values and reads as "At risk, 40".
 */
final class FieldGroup extends AbstractList<Object> {
    private final List<Object> values;

    FieldGroup(List<Object> values) {
        this.values = Collections.unmodifiableList(new ArrayList<>(values)); // a value may be null (no lead)
    }

    @Override
    public Object get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }
}
