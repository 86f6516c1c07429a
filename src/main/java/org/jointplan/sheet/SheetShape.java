package org.jointplan.sheet;

/** How a tracker shows which priority an action belongs to. */
public enum SheetShape {
    /** Heading rows spanning the width ("Priority 1: SLCN services") above each priority's actions. */
    HEADING_ROWS,
    /** One sheet per priority, named after it. */
    SHEET_PER_PRIORITY,
    /** A column naming each action's priority. */
    PRIORITY_COLUMN,
    /** No priorities at all: every action goes into one priority named after the sheet. */
    SINGLE_LIST
}
