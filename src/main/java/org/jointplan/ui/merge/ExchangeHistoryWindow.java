package org.jointplan.ui.merge;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jointplan.domain.AuditEntry;
import org.jointplan.domain.Exchange;

/**
 * The plan's history of packages sent to and received from partners, newest first: who made each, who it was sent
 * to, and what happened. Escape closes it.
 */
public final class ExchangeHistoryWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Stage stage = new Stage();

    public ExchangeHistoryWindow(Stage owner, String planTitle, List<Exchange> exchanges) {
        this(owner, planTitle, exchanges, List.of());
    }

    /** With the server's audit of the plan (newest first) beside the packages, when the plan is synced. */
    public ExchangeHistoryWindow(Stage owner, String planTitle, List<Exchange> exchanges, List<AuditEntry> audit) {
        stage.initOwner(owner);
        stage.setTitle((audit.isEmpty() ? "Exchanges of " : "History of ") + planTitle);
        TableView<Exchange> table = new TableView<>();
        table.setPlaceholder(new Label("No package of this plan has been sent or received yet."));
        table.setAccessibleText("Packages sent and received");
        table.getColumns().setAll(List.of(
                column("When", e -> WHEN.format(LocalDateTime.ofInstant(e.recordedAt(), ZoneId.systemDefault())), 130),
                column("Sent or received", e -> e.direction() == Exchange.Direction.SENT ? "Sent" : "Received", 135),
                column("Made by", e -> e.person().isEmpty() ? e.organisation()
                        : e.person() + (e.organisation().isEmpty() ? "" : " (" + e.organisation() + ")"), 280),
                column("Sent to", e -> String.join("; ", e.recipients()), 380),
                column("File", Exchange::fileName, 160),
                column("What happened", Exchange::summary, 300)));
        table.getItems().setAll(exchanges);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Scene scene = new Scene(audit.isEmpty() ? table : withAudit(table, audit), 1320, audit.isEmpty() ? 420 : 620);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    /** The packages, then the pushes to the server: who (and their organisation), when, and what they changed. */
    private static javafx.scene.Parent withAudit(TableView<Exchange> packages, List<AuditEntry> audit) {
        TableView<AuditEntry> pushes = new TableView<>();
        pushes.setAccessibleText("Changes on the server");
        pushes.getColumns().setAll(List.of(
                column("When", e -> WHEN.format(LocalDateTime.ofInstant(e.at(), ZoneId.systemDefault())), 130),
                column("Revision", e -> String.valueOf(e.revision()), 90),
                column("Who", AuditEntry::person, 220),
                column("Organisation", AuditEntry::organisation, 280),
                column("What changed", AuditEntry::summary, 560)));
        pushes.getItems().setAll(audit);
        pushes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label packagesHeading = heading("Packages sent and received", packages);
        Label serverHeading = heading("Changes on the server, as at the last sync", pushes);
        VBox box = new VBox(6, serverHeading, pushes, packagesHeading, packages);
        box.setPadding(new Insets(8));
        VBox.setVgrow(pushes, Priority.ALWAYS);
        VBox.setVgrow(packages, Priority.ALWAYS);
        return box;
    }

    private static Label heading(String text, Node table) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-heading");
        heading.setLabelFor(table);
        return heading;
    }

    public void show() {
        stage.show();
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double w) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(w);
        column.setCellFactory(c -> new TableCell<>() { // a long name cut short is there in full as a tooltip
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }
}
