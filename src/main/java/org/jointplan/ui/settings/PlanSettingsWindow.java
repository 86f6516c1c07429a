package org.jointplan.ui.settings;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.jointplan.domain.DateRange;
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Plan;
import org.jointplan.domain.UkDates;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.Edits;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Plan settings: title, strategy, period, financial year and governance groups; partners; priorities. Like every
 * edit, each change is saved at once as one undoable change; "Save plan details" applies the first tab's fields.
 */
public final class PlanSettingsWindow {
    private final PlanViewModel model;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final TextField strategy = new TextField();
    private final TextField periodStart = new TextField();
    private final TextField periodEnd = new TextField();
    private final TextField year = new TextField();
    private final TextArea groups = new TextArea();
    private final Label error = new Label();

    public PlanSettingsWindow(Stage owner, PlanViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Plan settings");
        TabPane tabs = new TabPane(new Tab("Plan", details()), new Tab("Priorities", new PrioritiesPane(model)),
                new Tab("Partners", new PartnersPane(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setPadding(new Insets(8));
        buttons.setStyle("-fx-alignment: center-right;");
        BorderPane root = new BorderPane(tabs);
        root.setBottom(buttons);
        Scene scene = new Scene(root, 640, 520);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        load(model.plan().plan());
        model.planProperty().addListener((obs, o, p) -> load(p.plan()));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private GridPane details() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        String[] names = {"_Title", "_Strategy", "Period _starts", "Period _ends", "_Financial year",
            "_Governance groups (one a line)"};
        javafx.scene.control.Control[] fields = {title, strategy, periodStart, periodEnd, year, groups};
        for (int i = 0; i < names.length; i++) {
            Label label = new Label(names[i]);
            label.setMnemonicParsing(true);
            label.setLabelFor(fields[i]);
            fields[i].setAccessibleText(names[i].replace("_", ""));
            grid.add(label, 0, i);
            grid.add(fields[i], 1, i);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
        }
        groups.setPrefRowCount(3);
        periodStart.setPromptText("dd/mm/yyyy");
        periodEnd.setPromptText("dd/mm/yyyy");
        year.setPromptText("2025/26");
        Button save = new Button("Save plan details");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        grid.add(save, 1, names.length);
        grid.add(error, 1, names.length + 1);
        return grid;
    }

    private void load(Plan plan) {
        title.setText(plan.title());
        strategy.setText(plan.strategy());
        periodStart.setText(UkDates.numeric(plan.start()));
        periodEnd.setText(UkDates.numeric(plan.end()));
        year.setText(plan.financialYear().label());
        groups.setText(String.join("\n", plan.governanceGroups()));
    }

    private void save() {
        Plan current = model.plan().plan();
        Plan changed;
        try {
            List<String> groupList = Arrays.stream(groups.getText().split("\n")).toList();
            changed = new Plan(current.id(), title.getText(), strategy.getText(),
                    new DateRange(UkDates.parse(periodStart.getText()), UkDates.parse(periodEnd.getText())),
                    FinancialYear.parse(year.getText()), groupList, current.stamp());
        } catch (ValidationException e) {
            error.setText("⚠ " + e.getMessage());
            return;
        }
        error.setText("");
        if (!changed.equals(current)) {
            model.apply(p -> Edits.editPlan(changed), message -> error.setText("⚠ " + message));
        }
    }
}
