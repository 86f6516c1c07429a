package org.jointplan.ui.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.jointplan.domain.Difference;
import org.jointplan.service.MergeService;
import org.jointplan.service.PlanSession;
import org.jointplan.ui.model.PlanViewModel;

/**
 * Review of a partner's changes before anything is applied: conflicts first, then the other changes grouped by
 * priority, each with who made it and when,
 * accepted or rejected one by one or all at once, each conflict settled as mine or theirs. Apply saves the chosen
 * changes as one transaction that Undo takes back; Cancel changes nothing.
 */
public final class MergeReviewWindow {
    private final Stage stage = new Stage();
    private final List<DifferenceRow> rows = new ArrayList<>();
    private final Label error = new Label();
    private boolean applied;

    /** What Apply does with the chosen changes, through the open plan's session; says what happened. */
    @FunctionalInterface
    public interface Apply {
        String apply(PlanSession session, Predicate<Difference> accepted);
    }

    public MergeReviewWindow(Stage owner, PlanViewModel model, MergeService service, MergeService.Proposal proposal,
                             Consumer<String> onApplied) {
        this(owner, model, proposal, (session, accepted) -> service.apply(session, proposal, accepted), onApplied);
    }

    /** A review whose Apply does {@code apply} (a sync takes the chosen changes and then pushes). */
    public MergeReviewWindow(Stage owner, PlanViewModel model, MergeService.Proposal proposal, Apply chosen,
                             Consumer<String> onApplied) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Changes from " + proposal.sender());
        VBox top = new VBox(6);
        top.setPadding(new Insets(12));
        Label heading = new Label(proposal.differences().size() + " changes from " + proposal.sender() + " to '"
                + proposal.local().plan().title() + "', " + proposal.conflicts() + " of them in conflict with yours");
        heading.getStyleClass().add("review-heading");
        heading.setWrapText(true);
        top.getChildren().add(heading);
        VBox warnings = new VBox(6);
        proposal.warnings().forEach(w -> {
            Label warning = new Label("⚠ " + w);
            warning.setWrapText(true);
            warning.getStyleClass().add("review-warning");
            warnings.getChildren().add(warning);
        });
        if (proposal.warnings().size() <= 3) {
            top.getChildren().addAll(warnings.getChildren());
        } else { // a spreadsheet's notes can run to hundreds: they scroll, the changes stay in view
            ScrollPane scrolled = new ScrollPane(warnings);
            scrolled.setFitToWidth(true);
            scrolled.setPrefViewportHeight(120);
            scrolled.setAccessibleText("Warnings");
            top.getChildren().add(scrolled);
        }
        ScrollPane list = new ScrollPane(groups(proposal));
        list.setFitToWidth(true);
        Button acceptAll = new Button("Accept all");
        acceptAll.setOnAction(e -> rows.forEach(r -> r.accept(true)));
        Button rejectAll = new Button("Reject all");
        rejectAll.setOnAction(e -> rows.forEach(r -> r.accept(false)));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button apply = new Button("Apply chosen changes");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> {
            apply.setDisable(true);
            model.withSession(session -> onApplied.accept(chosen.apply(session, this::accepted)),
                    () -> {
                        applied = true;
                        stage.close();
                    }, message -> {
                        apply.setDisable(false);
                        error.setText("⚠ Nothing was changed: " + message);
                    });
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        HBox buttons = new HBox(8, acceptAll, rejectAll, gap, cancel, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, error, buttons);
        bottom.setPadding(new Insets(10, 12, 12, 12));
        BorderPane root = new BorderPane(list, top, null, bottom, null);
        root.getStyleClass().add("merge-review");
        Scene scene = new Scene(root, 900, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    /** Runs when the window closes without Apply having saved (Cancel, Escape or the close box). */
    public void onClosedUnapplied(Runnable action) {
        stage.setOnHidden(e -> {
            if (!applied) {
                action.run();
            }
        });
    }

    /** Which changes to take: a change accepted, or a conflict settled as theirs. */
    boolean accepted(Difference d) {
        return rows.stream().anyMatch(r -> r.difference() == d && r.accepted());
    }

    List<DifferenceRow> rows() {
        return rows;
    }

    /** Conflicts first, as they need a choice; then the other changes by priority. */
    private Node groups(MergeService.Proposal proposal) {
        Map<UUID, List<Difference>> byPriority = new LinkedHashMap<>();
        proposal.local().priorities().forEach(p -> byPriority.put(p.id(), new ArrayList<>()));
        List<Difference> planWide = new ArrayList<>();
        List<Difference> conflicts = new ArrayList<>();
        for (Difference d : proposal.differences()) {
            (d.isConflict() ? conflicts : byPriority.getOrDefault(d.priorityId(), planWide)).add(d);
        }
        conflicts.sort(Comparator.comparingInt(d -> priorityOrder(proposal, d)));
        VBox box = new VBox(10);
        box.setPadding(new Insets(8, 12, 8, 12));
        addGroup(box, "In conflict with yours: choose which to keep", conflicts);
        byPriority.forEach((id, list) -> addGroup(box, proposal.local().priority(id).map(p -> p.order() + ". "
                + p.name()).orElse("Priority"), list));
        addGroup(box, "Plan-wide", planWide);
        if (proposal.differences().isEmpty()) {
            box.getChildren().add(new Label("There is nothing new in this package: your plan already has all of it."));
        }
        return box;
    }

    private static int priorityOrder(MergeService.Proposal proposal, Difference d) {
        return d.priorityId() == null ? Integer.MAX_VALUE
                : proposal.local().priority(d.priorityId()).map(p -> p.order()).orElse(Integer.MAX_VALUE - 1);
    }

    private void addGroup(VBox box, String title, List<Difference> differences) {
        if (differences.isEmpty()) {
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        box.getChildren().add(heading);
        for (Difference d : differences) {
            DifferenceRow row = new DifferenceRow(d);
            rows.add(row);
            box.getChildren().add(row);
        }
    }
}
