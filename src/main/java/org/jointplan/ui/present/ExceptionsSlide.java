package org.jointplan.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jointplan.domain.BragKey;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportPosition.ExceptionEntry;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;

/**
 * The exception report as a slide: under each priority (with its overall rating and direction of travel), each
 * exception in large type, its kind as a coloured tag carrying words, then its reason, corrective action, new date
 * (and the date before) and the decision needed. It scrolls when the list is longer than the screen.
 */
final class ExceptionsSlide extends ScrollPane {
    private final VBox content = new VBox();

    ExceptionsSlide() {
        getStyleClass().add("exceptions-slide");
        content.getStyleClass().add("exceptions-slide-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
    }

    /** Fills the slide from the report; says so plainly when there is nothing to report or no report at all. */
    void show(ReportPosition position, BragKey key) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        if (position == null) {
            nodes.add(line("There is no report as at this date: the plan's first snapshot is later.", "slide-empty"));
        } else if (position.exceptions().isEmpty()) {
            nodes.add(line("No exceptions: nothing is off track, at risk, overdue, slipped or waiting for a"
                    + " decision.", "slide-empty"));
        } else {
            UUID group = null;
            boolean first = true;
            for (ExceptionEntry e : position.exceptions()) {
                if (first || !java.util.Objects.equals(group, e.priorityId())) {
                    group = e.priorityId();
                    first = false;
                    nodes.add(priority(position, group, key));
                }
                nodes.add(entry(e, key));
            }
        }
        content.getChildren().setAll(nodes);
        setVvalue(0);
    }

    private static Label priority(ReportPosition position, UUID id, BragKey key) {
        String text = position.priority(id).map(p -> p.name() + "  ·  Overall: " + key.label(p.rating())
                + (p.overridden() ? " (overridden)" : "") + "  ·  " + p.direction().describe()).orElse("Other");
        return line(text, "slide-priority");
    }

    private static VBox entry(ExceptionEntry e, BragKey key) {
        Label tag = new Label(kind(e.kind(), key));
        tag.getStyleClass().addAll("slide-kind", "kind-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
        tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = line((e.milestoneId() != null ? "◆ " : "") + e.title(), "slide-title");
        HBox top = new HBox(tag, title);
        top.getStyleClass().add("slide-entry-top");
        VBox box = new VBox(top);
        box.getStyleClass().add("slide-entry");
        if (e.status() != null && e.kind() != ExceptionEntry.Kind.OFF_TRACK && e.kind() != ExceptionEntry.Kind.AT_RISK) {
            box.getChildren().add(line("Status: " + e.status().symbol() + " " + key.label(e.status()), "slide-detail"));
        }
        if (!e.reason().isEmpty()) {
            box.getChildren().add(line("Why: " + e.reason(), "slide-detail"));
        }
        if (!e.correctiveAction().isEmpty()) {
            box.getChildren().add(line("Corrective action: " + e.correctiveAction(), "slide-detail"));
        }
        String dates = (e.milestoneId() != null ? "Date now " : "Due ") + UkDates.numeric(e.date())
                + (e.previousDate() == null ? "" : "  (was " + UkDates.numeric(e.previousDate()) + ")");
        box.getChildren().add(line(dates, "slide-detail"));
        if (!e.decisionNeeded().isEmpty()) {
            box.getChildren().add(line("Decision needed: " + e.decisionNeeded(), "slide-decision"));
        }
        return box;
    }

    static String kind(ExceptionEntry.Kind kind, BragKey key) {
        return switch (kind) {
            case OFF_TRACK -> Status.OFF_TRACK.symbol() + " " + key.label(Status.OFF_TRACK);
            case AT_RISK -> Status.AT_RISK.symbol() + " " + key.label(Status.AT_RISK);
            case OVERDUE -> "Overdue";
            case MILESTONE_SLIPPED -> "◇ Slipped";
            case DECISION_NEEDED -> "Decision needed";
        };
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    /** The texts on the slide, in reading order (for tests and screen readers). */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        content.lookupAll(".label").forEach(n -> texts.add(((Label) n).getText()));
        return texts;
    }

    /** Scrolls a screenful down (or up); false when already at that end, so the clicker moves to the next slide. */
    boolean page(boolean down) {
        double view = getViewportBounds().getHeight();
        double total = content.getHeight();
        if (total <= view + 1) {
            return false;
        }
        double step = view * 0.85 / (total - view);
        double now = getVvalue();
        if (down ? now >= 0.999 : now <= 0.001) {
            return false;
        }
        setVvalue(Math.max(0, Math.min(1, now + (down ? step : -step))));
        return true;
    }
}
