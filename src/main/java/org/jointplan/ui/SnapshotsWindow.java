package org.jointplan.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.domain.UkDates;
import org.jointplan.service.ReportingCycle;
import org.jointplan.ui.editor.FieldError;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The plan's report snapshots, newest first: the date each is as at, its label, who recorded it and when. A
 * snapshot is never edited; Delete removes one, and Edit > Undo brings it back. Escape closes the window.
 */
final class SnapshotsWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Stage stage = new Stage();
    private final PlanViewModel model;
    private final TableView<ReportSnapshot> table = new TableView<>();
    private final FieldError error = new FieldError();

    SnapshotsWindow(Stage owner, PlanViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Report snapshots");
        table.setPlaceholder(new Label("No position has been recorded yet: use Plan > Record the position as at…"));
        table.setAccessibleText("Report snapshots");
        table.getColumns().setAll(List.of(
                column("As at", s -> UkDates.numeric(s.asAt()), 100),
                column("Label", ReportSnapshot::label, 220),
                column("Recorded by", s -> s.stamp().person() + (s.stamp().organisation().isEmpty() ? ""
                        : " (" + s.stamp().organisation() + ")"), 260),
                column("Recorded on", s -> WHEN.format(LocalDateTime.ofInstant(s.stamp().at(),
                        ZoneId.systemDefault())), 130)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button delete = new Button("Delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, error, delete, close);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table);
        root.setBottom(buttons);
        Scene scene = new Scene(root, 760, 380);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        show(model.plan());
        model.planProperty().addListener((obs, o, plan) -> show(plan));
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private void show(PlanData plan) {
        table.getItems().setAll(ReportingCycle.snapshots(plan).stream()
                .sorted(Comparator.comparing(ReportSnapshot::asAt).reversed()).toList());
    }

    private void delete() {
        ReportSnapshot chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            UUID id = chosen.id();
            error.clear();
            model.apply(p -> ReportingCycle.deleteSnapshot(p, id), error::show);
        }
    }

    private static TableColumn<ReportSnapshot, String> column(String title, Function<ReportSnapshot, String> value,
                                                              double width) {
        TableColumn<ReportSnapshot, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
