package org.jointplan.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jointplan.domain.FinancialYear;
import org.jointplan.service.LocalUser;
import org.jointplan.service.PlanLifecycle;
import org.jointplan.service.PlanSession;
import org.jointplan.ui.model.PlanViewModel;

/**
 * The plan's lifecycle as the window runs it: File > New plan…, New plan from this one…, Rename…, Archive,
 * Delete… and the Open plan menu (archived plans only when asked, and marked). Each is one undoable step: Edit > Undo
 * takes it back, bringing back the plan that was shown.
 */
final class PlanLifecycleActions {
    private final OpenPlan open;
    private final Stage stage;
    private final PlanViewModel model;
    private final BooleanProperty archived = new SimpleBooleanProperty(this, "archived");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived");
    private List<PlanLifecycle.Listed> plans = List.of();

    PlanLifecycleActions(OpenPlan open) {
        this.open = open;
        this.stage = open.owner();
        this.model = open.model();
        // archiving leaves the plan as it is: its steps, their undo and redo show in the undo texts
        model.planProperty().addListener((obs, o, p) -> refresh());
        model.undoTextProperty().addListener((obs, o, t) -> refresh());
        model.redoTextProperty().addListener((obs, o, t) -> refresh());
        refresh();
    }

    /** Whether the open plan is archived. */
    BooleanProperty archivedProperty() {
        return archived;
    }

    /** The store's plans and which are archived, read again after every edit (a step may add or remove one). */
    private void refresh() {
        model.background(() -> PlanLifecycle.list(open.workspace()), list -> {
            plans = list;
            archived.set(list.stream().anyMatch(l -> l.archived() && l.plan().id().equals(model.plan().id())));
        }, message -> { });
    }

    /** File > Open plan: the plans not archived, then, when asked, the archived ones, marked. */
    void fillOpenPlanMenu(Menu menu, Consumer<UUID> openPlan) {
        menu.getItems().clear();
        plans.stream().filter(l -> !l.archived()).forEach(l -> menu.getItems().add(planItem(l, openPlan)));
        if (plans.stream().anyMatch(PlanLifecycle.Listed::archived)) {
            CheckMenuItem show = new CheckMenuItem("Show archived plans");
            show.setSelected(showArchived.get());
            show.selectedProperty().addListener((obs, o, shown) -> {
                showArchived.set(shown);
                fillOpenPlanMenu(menu, openPlan);
            });
            menu.getItems().addAll(new SeparatorMenuItem(), show);
            if (showArchived.get()) {
                plans.stream().filter(PlanLifecycle.Listed::archived)
                        .forEach(l -> menu.getItems().add(planItem(l, openPlan)));
            }
        }
    }

    private CheckMenuItem planItem(PlanLifecycle.Listed listed, Consumer<UUID> openPlan) {
        CheckMenuItem item = new CheckMenuItem(listed.plan().title() + (listed.archived() ? " (archived)" : ""));
        item.setMnemonicParsing(false);
        item.setSelected(listed.plan().id().equals(model.plan().id()));
        item.setOnAction(e -> openPlan.accept(listed.plan().id()));
        return item;
    }

    void newPlan() {
        FinancialYear now = FinancialYear.of(LocalDate.now());
        SmallForm<NewPlan> form = new SmallForm<>(stage, "New plan", "A new plan starts empty: add its partners and"
                + " priorities in Plan settings, then its actions.", "Make the plan", "Cancel");
        TextField title = form.field("_Title", new TextField());
        ComboBox<FinancialYear> year = form.field("_Financial year", new ComboBox<>());
        for (int offset = -2; offset <= 3; offset++) {
            year.getItems().add(new FinancialYear(now.startYear() + offset));
        }
        year.setValue(now);
        title.setPromptText("e.g. Joint SEND Commissioning Delivery Plan " + now.label());
        form.validate(() -> LocalUser.problem(title.getText(), "The plan's title"), title.textProperty());
        form.result(() -> new NewPlan(title.getText(), year.getValue()));
        form.show(made -> step(s -> PlanLifecycle.newPlan(s, made.title(), made.year()), "The plan was not made"));
    }

    private record NewPlan(String title, FinancialYear year) {
    }

    /** Next financial year's plan, with the actions not complete carried forward; it opens when made. */
    void rollForward() {
        var from = model.plan();
        if (confirm("New plan from this one", "Make the " + from.plan().financialYear().next() + " plan from this"
                + " one? Partners, priorities and measures are copied and the actions not yet complete are carried"
                + " forward. This plan stays as it is.", "Make the plan")) {
            step(PlanLifecycle::rollForward, "The new plan was not made");
        }
    }

    void rename() {
        SmallForm<String> form = new SmallForm<>(stage, "Rename plan", "The new title is sent to partners with the"
                + " plan's next package.", "Rename", "Cancel");
        TextField title = form.field("_Title", new TextField(model.plan().plan().title()));
        form.validate(() -> LocalUser.problem(title.getText(), "The plan's title"), title.textProperty());
        form.result(title::getText);
        form.show(text -> step(s -> PlanLifecycle.rename(s, text), "The plan was not renamed"));
    }

    void setArchived(boolean archive) {
        step(s -> PlanLifecycle.setArchived(s, archive), archive ? "The plan was not archived"
                : "The plan was not brought back from the archive");
    }

    void delete() {
        var plan = model.plan();
        if (confirm("Delete plan", "Delete the plan '" + plan.plan().title() + "' with its " + plan.actions().size()
                + " actions and its exchange history? Edit > Undo brings it back until you close JointPlan; after"
                + " that, only a backup can.", "Delete the plan")) {
            step(PlanLifecycle::delete, "The plan was not deleted");
        }
    }

    private void step(Function<PlanSession, PlanSession.Edited> work, String failure) {
        model.withSession(work::apply, this::refresh, message -> open.notices().info(failure, message));
    }

    private boolean confirm(String header, String text, String action) {
        return Confirmations.ask(stage, header, text, action);
    }
}
