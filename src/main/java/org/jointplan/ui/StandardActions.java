package org.jointplan.ui;

import java.util.Optional;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the main window as the user sees it: its label (with the mnemonic after "_"), its accelerator
 * and the sentence its tooltip says. {@link MainMenus} puts them in menus and the toolbar; what they do lives in
 * the command classes.
 */
enum StandardActions {
    NEW_PLAN("Ne_w plan…"),
    ROLL_FORWARD("_New plan from this one…"),
    RENAME_PLAN("Rena_me plan…"),
    ARCHIVE_PLAN("_Archive plan"),
    UNARCHIVE_PLAN("Unarchi_ve plan"),
    DELETE_PLAN("_Delete plan…"),
    PLAN_SETTINGS("Plan _settings…", "Shortcut+Comma"),
    EXPORT_PACKAGE("_Export package…", "Shortcut+E"),
    OPEN_PACKAGE("_Open package…", "Shortcut+O"),
    EXCHANGE_HISTORY("Exchange _history…"),
    SYNC("S_ync with server…", "Shortcut+Shift+S",
            "Send this plan's changes to the partnership's server and take theirs (Ctrl+Shift+S)"),
    EXPORT_TIMELINE("Export _timeline…", "Shortcut+Shift+E"),
    EXPORT_SLIDES("Export s_lides…", null, "Write the presentation's slides as pictures, one PNG per slide"),
    COMMITTEE_REPORT("_Committee report…", "Shortcut+Shift+R",
            "Write the progress report as at a date as a committee paper: PDF, Word or a web page"),
    EXPORT_SHEET("Export sp_readsheet…", null,
            "Write the plan as at the window's date as a tracker: an Excel workbook or a CSV file"),
    IMPORT_SHEET("_Import spreadsheet…", null,
            "Read an Excel or CSV tracker, check it in a preview, then add it as a new plan or update this one"),
    IMPORT_PROJECT("Import MS Project or _GanttProject file…", null,
            "Read an MS Project or GanttProject file: preview it, then add it as a plan or update this one"),
    EXPORT_PROJECT("Export to MS Pro_ject…", null, "Write the plan as an MS Project XML file"),
    EXPORT_CALENDAR("E_xport to calendar…", null, "Write milestones and committee dates as an .ics calendar"),
    OPEN_STORE_FOLDER("Open store _folder"),
    QUIT("_Quit", "Shortcut+Q"),

    UNDO("_Undo", "Shortcut+Z", "Undo the last change (Ctrl+Z)"),
    REDO("_Redo", "Shortcut+Shift+Z", "Redo (Ctrl+Shift+Z or Ctrl+Y)"),
    NEW_ACTION("_New action", "Shortcut+N", "Add an action to the selected priority (Ctrl+N)"),
    DELETE_ACTION("_Delete action…", "Shortcut+Delete", "Delete the selected action (Ctrl+Delete)"),
    FIND_ACTIONS("_Find actions", "Shortcut+F"),
    PREFERENCES("Pr_eferences…"),

    AGREE_BASELINE("Agree the _baseline…", null,
            "Fix each action's dates as agreed: a move past them then needs a reason"),
    RECORD_POSITION("_Record the position as at…", null,
            "Keep the plan's position as at a date, for a committee report"),
    REPORT_SNAPSHOTS("Report _snapshots…", null, "The positions recorded for committee reports"),
    ADD_MEASURE("Add _measure…", null, "Add a measure of the plan's outcomes, with its targets and figures"),

    PRESENT("_Present the plan", "F5", "Show the timeline full screen for the meeting (F5)"),
    ZOOM_IN("Zoom _in", "Shortcut+Shift+Equals", "Zoom in (Ctrl+Shift+=)"),
    ZOOM_OUT("Zoom _out", "Shortcut+Shift+Minus", "Zoom out (Ctrl+Shift+-)"),
    ZOOM_TO_FIT("Zoom to _fit", "Shortcut+Shift+F", "Zoom the timeline to the whole plan"),
    ZOOM_WEEKS("_Weeks"),
    ZOOM_MONTHS("_Months"),
    ZOOM_QUARTERS("_Quarters"),
    ZOOM_YEARS("_Years"),
    GO_TO_TIMELINE("Go to t_imeline", "Shortcut+4"),
    SHOW_EXCEPTIONS("E_xceptions", "Shortcut+5",
            "Show only the exceptions: off track, at risk, overdue, slipped, decisions needed (Ctrl+5)"),
    SHOW_MEASURES("_Measures", "Shortcut+6",
            "Show the measures: figures against targets and trajectories, with their charts (Ctrl+6)"),
    SHOW_AS_AT("Show _as at", null, "Show the plan as at today, a recorded snapshot or another date"),
    AS_AT_DATE("Another _date…"),
    CLEAR_FILTERS("_Clear filters", "Shortcut+Shift+L"),
    GO_TO_TABLE("Go to _table", "Shortcut+1"),
    GO_TO_EDITOR("Go to _editor", "Shortcut+2"),
    SHOW_EDITOR("Show e_ditor pane", "Shortcut+Shift+2",
            "Show or hide the editor beside the plan; hidden, the timeline and the table get its room"),
    GO_TO_NAVIGATOR("Go to _navigator", "Shortcut+3"),
    LARGER_TEXT("_Larger text", "Shortcut+Equals"),
    SMALLER_TEXT("_Smaller text", "Shortcut+Minus"),
    NORMAL_TEXT("N_ormal text size", "Shortcut+0"),
    THEME("T_heme"),
    THEME_LIGHT("_Light"),
    THEME_DARK("_Dark"),
    THEME_HIGH_CONTRAST("_High contrast"),

    KEYBOARD_SHORTCUTS("_Keyboard shortcuts", "Shortcut+Slash", "Every key the window answers (Ctrl+/)"),
    ABOUT("_About JointPlan"),
    OPEN_LOG_FOLDER("Open _log folder"),
    RESTORE_BACKUP("_Restore a backup…");

    private final String text;
    private final KeyCombination accelerator;
    private final String description;

    StandardActions(String text) {
        this(text, null, null);
    }

    StandardActions(String text, String accelerator) {
        this(text, accelerator, null);
    }

    StandardActions(String text, String accelerator, String description) {
        this.text = text;
        this.accelerator = accelerator == null ? null : keys(accelerator);
        this.description = description;
    }

    /**
     * A combination of named keys ("Shortcut+0", "Shortcut+Shift+Equals"). A name JavaFX does not know would make a
     * combination of typed characters that shows as written ("Ctrl+Digit0") and never matches a key: refused here.
     */
    static KeyCombination keys(String text) {
        KeyCombination keys = KeyCombination.keyCombination(text);
        if (!(keys instanceof KeyCodeCombination)) {
            throw new IllegalArgumentException("Not a combination of named keys: " + text);
        }
        return keys;
    }

    /** The label, with "_" before its mnemonic. */
    String text() {
        return text;
    }

    Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** What a tooltip or a screen reader says about it; the label without its mnemonic if nothing more. */
    String description() {
        return description != null ? description : text.replace("_", "");
    }

    /** Whether a key press is this command's accelerator. */
    boolean matches(javafx.scene.input.KeyEvent event) {
        return accelerator != null && accelerator.match(event);
    }
}
