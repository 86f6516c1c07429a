package org.jointplan.ui.settings;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import org.jointplan.domain.FinancialYear;
import org.jointplan.domain.Plan;
import org.jointplan.domain.PlanData;
import org.jointplan.service.Change;
import org.jointplan.service.EditField;
import org.jointplan.service.Edits;
import org.jointplan.service.PlanFields;
import org.jointplan.ui.editor.DateField;
import org.jointplan.ui.editor.FieldError;
import org.jointplan.ui.editor.FieldSaver;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Plan settings: title, strategy, period, financial year and governance groups; partners; priorities and their
 * ratings; the reporting calendar; the BRAG key. Like every
 * edit, each field is saved by itself when the user leaves it or presses Enter, as one undoable change. Close saves
 * the field being typed in, and does not close at once over a value that was refused: it says so first.
 */
public final class PlanSettingsWindow {
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final TextField strategy = new TextField();
    private final DateField periodStart = new DateField("Period starts");
    private final DateField periodEnd = new DateField("Period ends");
    private final TextField year = new TextField();
    private final TextArea groups = new TextArea();
    private final FieldError notSaved = new FieldError();
    private final FieldSaver<Plan> saver;
    private final BragKeyPane bragKey;
    private boolean warned;

    public PlanSettingsWindow(Stage owner, PlanViewModel model) {
        saver = new FieldSaver<>(model) {
            @Override
            protected Plan shown() {
                return model.plan().plan();
            }

            @Override
            protected <T> Change change(PlanData plan, Plan shown, EditField<Plan, T> field, T value) {
                return Edits.editPlan(plan, field, value);
            }
        };
        stage.initOwner(owner);
        stage.setTitle("Plan settings");
        bragKey = new BragKeyPane(model);
        TabPane tabs = new TabPane(new Tab("Plan", details()), new Tab("Priorities", new PrioritiesPane(model)),
                new Tab("Partners", new PartnersPane(model)),
                new Tab("Reporting calendar", new ReportingCalendarPane(model)), new Tab("BRAG key", bragKey));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (mayClose()) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        HBox buttons = new HBox(8, notSaved, close); // under every tab: a refused value may be on any of them
        HBox.setHgrow(notSaved, Priority.ALWAYS);
        notSaved.setMaxWidth(Double.MAX_VALUE);
        buttons.setPadding(new Insets(8));
        buttons.setStyle("-fx-alignment: center-right;");
        BorderPane root = new BorderPane(tabs);
        root.setBottom(buttons);
        Scene scene = new Scene(root, 680, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        load(model.plan().plan());
        model.planProperty().addListener((obs, o, p) -> load(p.plan()));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Saves what is being typed; a refused value keeps the window open once, with a word about it. */
    private boolean mayClose() {
        saver.saveFocused(stage.getScene().getFocusOwner());
        boolean keyKept = bragKey.saveFocused(stage.getScene().getFocusOwner());
        if ((saver.kept().holdsRefused() || !keyKept) && !warned) {
            warned = true;
            notSaved.show("A value above was not saved. Correct it, or press Close again to keep the plan as it is.");
            return false;
        }
        return true;
    }

    private GridPane details() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(12));
        FieldError titleError = new FieldError();
        FieldError strategyError = new FieldError();
        FieldError periodError = new FieldError();
        FieldError yearError = new FieldError();
        FieldError groupsError = new FieldError();
        int row = add(grid, 0, "_Title", title, titleError);
        row = add(grid, row, "_Strategy", strategy, strategyError);
        row = add(grid, row, "Period _starts", periodStart, null);
        row = add(grid, row, "Period _ends", periodEnd, periodError);
        row = add(grid, row, "_Financial year", year, yearError);
        add(grid, row, "_Governance groups (one a line)", groups, groupsError);
        groups.setPrefRowCount(3);
        year.setPromptText("2025/26");
        saver.onLeave(title, titleError, PlanFields.TITLE, title::getText);
        saver.onLeave(strategy, strategyError, PlanFields.STRATEGY, strategy::getText);
        saver.onDate(periodStart, periodError, PlanFields.START);
        saver.onDate(periodEnd, periodError, PlanFields.END);
        saver.onLeave(year, yearError, PlanFields.FINANCIAL_YEAR, () -> FinancialYear.parse(year.getText()));
        saver.onLeave(groups, groupsError, PlanFields.GOVERNANCE_GROUPS,
                () -> Arrays.asList(groups.getText().split("\n")));
        return grid;
    }

    private static int add(GridPane grid, int row, String name, Node field, FieldError error) {
        Label label = new Label(name);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        if (field instanceof javafx.scene.control.Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(name.replace("_", ""));
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error == null) {
            return row + 1;
        }
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    /** Shows the saved settings, except in a field that holds the user's own typing or a refused value. */
    private void load(Plan plan) {
        saver.kept().showing(plan.id());
        saver.load(() -> {
            saver.kept().setText(title, plan.title());
            saver.kept().setText(strategy, plan.strategy());
            if (!saver.kept().keeps(periodStart)) {
                periodStart.load(plan.start());
            }
            if (!saver.kept().keeps(periodEnd)) {
                periodEnd.load(plan.end());
            }
            saver.kept().setText(year, plan.financialYear().label());
            saver.kept().setText(groups, String.join("\n", plan.governanceGroups()));
        });
        if (!saver.kept().holdsRefused()) {
            warned = false;
            notSaved.clear();
        }
    }
}
