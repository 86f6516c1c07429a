package org.jointplan.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help > Keyboard shortcuts: the list in a table a screen reader reads row by row; Esc or Close closes it. */
final class KeyboardShortcutsWindow {
    private KeyboardShortcutsWindow() {
    }

    static Stage show(Window owner, List<KeyboardShortcuts.Line> lines) {
        TableView<KeyboardShortcuts.Line> table = new TableView<>();
        table.getStyleClass().add("shortcuts-table");
        table.setAccessibleText("Keyboard shortcuts");
        table.getColumns().setAll(List.of(
                column("Where", KeyboardShortcuts.Line::where, 200),
                column("Keys", KeyboardShortcuts.Line::keys, 260),
                column("What it does", KeyboardShortcuts.Line::does, 420)));
        table.getItems().setAll(lines);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label intro = new Label("Every command of the menus, and the keys of the timeline, the presentation and"
                + " fields. Alt and a menu's underlined letter opens the menu.");
        intro.setWrapText(true);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        BorderPane root = new BorderPane(table, intro, null, new HBox(close), null);
        root.getStyleClass().add("shortcuts-window");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Keyboard shortcuts");
        Scene scene = new Scene(root, 900, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        close.setOnAction(e -> stage.close());
        stage.setScene(scene);
        stage.show();
        table.requestFocus();
        return stage;
    }

    private static TableColumn<KeyboardShortcuts.Line, String> column(
            String title, java.util.function.Function<KeyboardShortcuts.Line, String> value, double width) {
        TableColumn<KeyboardShortcuts.Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
