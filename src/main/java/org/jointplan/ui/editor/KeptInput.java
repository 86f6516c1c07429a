package org.jointplan.ui.editor;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * The fields that hold the user's own input, not saved: refused (with its reason shown under the field) or still
 * being typed. A view refreshed with the saved plan leaves those fields alone, so that what the user typed is never
 * lost, until another record is shown.
 */
public final class KeptInput {
    private final Set<Node> refused = new HashSet<>();
    private Object shown;
    private boolean sameRecord;

    /** Call before showing a record's saved values; input kept for another record is forgotten. */
    public void showing(Object recordId) {
        sameRecord = Objects.equals(recordId, shown);
        if (!sameRecord) {
            refused.clear();
            shown = recordId;
        }
    }

    public void refuse(Node field) {
        refused.add(field);
    }

    public void accept(Node field) {
        refused.remove(field);
    }

    public boolean isRefused(Node field) {
        return refused.contains(field);
    }

    /** Whether a field holds a value that was refused and is not saved. */
    public boolean holdsRefused() {
        return !refused.isEmpty();
    }

    public void clear() {
        refused.clear();
        shown = null;
    }

    /** Whether the field's content is the user's, to be kept while the same record is shown. */
    public boolean keeps(Node field) {
        if (!sameRecord) {
            return false;
        }
        TextInputControl text = field instanceof DateField date ? date.getEditor()
                : field instanceof TextInputControl t ? t : null;
        return refused.contains(field) || text != null && Typing.isUncommitted(text);
    }

    /** Sets the text from the plan, unless the field keeps the user's own. */
    public void setText(TextInputControl field, String saved) {
        if (!keeps(field) && !Objects.equals(field.getText(), saved)) {
            field.setText(saved);
        }
    }
}
