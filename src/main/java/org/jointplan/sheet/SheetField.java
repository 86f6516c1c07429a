package org.jointplan.sheet;

import java.util.Optional;
import org.jointplan.domain.ImportedField;

/**
 * What a tracker's column holds, as the plan will read it. {@link #heading()} is the header a tracker JointPlan
 * writes uses for the field, so that a tracker exported and imported again maps itself.
 */
public enum SheetField {
    REFERENCE("Ref", null),
    PRIORITY("Priority", ImportedField.PRIORITY),
    TITLE("Action", ImportedField.TITLE),
    DESCRIPTION("Description", ImportedField.DESCRIPTION),
    LEAD_PARTNER("Lead organisation", ImportedField.LEAD_PARTNER),
    OWNER("Lead officer", ImportedField.OWNER),
    START("Start", ImportedField.START),
    DUE("Due", ImportedField.DUE),
    STATUS("Status", ImportedField.STATUS),
    PERCENT_COMPLETE("% complete", ImportedField.PERCENT_COMPLETE),
    /** Commentary or the reason for the rating: the action's status reason. */
    STATUS_REASON("Reason for status", ImportedField.STATUS_REASON),
    /** Risks and issues: added to the status reason after the commentary, under "Risks/issues:". */
    RISKS("Risks/issues", ImportedField.STATUS_REASON),
    CORRECTIVE_ACTION("Corrective action", ImportedField.CORRECTIVE_ACTION),
    DECISION_NEEDED("Decision needed", ImportedField.DECISION_NEEDED),
    /** A column read by nobody: its values are left out. */
    IGNORED("", null);

    private final String heading;
    private final ImportedField imported;

    SheetField(String heading, ImportedField imported) {
        this.heading = heading;
        this.imported = imported;
    }

    /** The header JointPlan's own trackers give the column, which the import maps back to this field. */
    public String heading() {
        return heading;
    }

    /** The plan's field this column fills, if any (a reference is kept beside the plan, not in it). */
    public Optional<ImportedField> imported() {
        return Optional.ofNullable(imported);
    }
}
