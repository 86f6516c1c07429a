package org.jointplan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;

/**
 * View > Show as at, and the same choice on the toolbar: today, each recorded snapshot (by its date and label), or
 * another date. The choice is the view model's as-at date, which every view follows; a date with no report before
 * it is refused with a sentence and changes nothing.
 */
final class AsAtChooser {
    private final OpenPlan open;

    AsAtChooser(OpenPlan open) {
        this.open = open;
    }

    /** The View menu's submenu, filled with the plan's snapshots each time it opens. */
    Menu menu() {
        Menu menu = new Menu(StandardActions.SHOW_AS_AT.text());
        menu.setMnemonicParsing(true);
        menu.getItems().add(new MenuItem("…"));
        menu.setOnShowing(e -> menu.getItems().setAll(items()));
        return menu;
    }

    /** The toolbar's button: says what the window shows ("As at: today"), and offers the same choices. */
    MenuButton button() {
        MenuButton button = new MenuButton();
        button.textProperty().bind(open.model().asAtProperty().map(d -> "As at: " + UkDates.numeric(d))
                .orElse("As at: today"));
        button.setTooltip(new Tooltip(StandardActions.SHOW_AS_AT.description()));
        button.setAccessibleText(StandardActions.SHOW_AS_AT.description());
        button.getStyleClass().add("as-at-button");
        button.getItems().add(new MenuItem("…"));
        button.setOnShowing(e -> button.getItems().setAll(items()));
        return button;
    }

    /** Today, each snapshot newest first, then another date. */
    List<MenuItem> items() {
        ToggleGroup group = new ToggleGroup();
        LocalDate current = open.model().asAtProperty().get();
        List<MenuItem> items = new ArrayList<>();
        RadioMenuItem today = new RadioMenuItem("Today (the plan as it is, editable)");
        today.setSelected(current == null);
        today.setOnAction(e -> show(null));
        today.setToggleGroup(group);
        items.add(today);
        List<ReportSnapshot> snapshots = open.model().plan().snapshots().stream()
                .sorted(Comparator.comparing(ReportSnapshot::asAt).reversed()).toList();
        if (!snapshots.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (ReportSnapshot s : snapshots) {
            RadioMenuItem item = new RadioMenuItem(UkDates.numeric(s.asAt())
                    + (s.label().isEmpty() ? "" : "  ·  " + s.label()) + "  (recorded position)");
            item.setMnemonicParsing(false);
            item.setSelected(s.asAt().equals(current));
            item.setToggleGroup(group);
            item.setOnAction(e -> show(s.asAt()));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        MenuItem other = new MenuItem(StandardActions.AS_AT_DATE.text());
        other.setMnemonicParsing(true);
        other.setOnAction(e -> askDate().ifPresent(this::show));
        items.add(other);
        return items;
    }

    /** Shows the plan as at a date (null: today); refused with a sentence when there is no report then. */
    boolean show(LocalDate date) {
        if (date != null) {
            try {
                ReportPosition.of(open.model().plan(), date);
            } catch (ValidationException e) {
                open.notices().info("The plan is shown as it was", e.getMessage());
                return false;
            }
        }
        open.model().asAtProperty().set(date);
        return true;
    }

    private Optional<LocalDate> askDate() {
        SmallForm<LocalDate> form = new SmallForm<>(open.owner(), "Show as at a date", "The plan is shown as at"
                + " the date: as recorded at the last snapshot on or before it, or as it is now when no snapshot is"
                + " later.", "Show", "Cancel");
        LocalDate shown = open.model().shownDate();
        TextField date = form.field("_Date (dd/mm/yyyy)", new TextField(UkDates.numeric(shown)));
        form.validate(() -> problem(date.getText()), date.textProperty());
        form.result(() -> UkDates.parse(date.getText()));
        return form.showAndWait();
    }

    private static Optional<String> problem(String text) {
        try {
            UkDates.parse(text);
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e.getMessage());
        }
    }
}
