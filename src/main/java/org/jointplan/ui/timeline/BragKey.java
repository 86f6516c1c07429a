package org.jointplan.ui.timeline;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.jointplan.domain.Status;

/**
 * The BRAG key as a row of nodes, for a window or the presentation: each status as a coloured badge carrying its
 * symbol, then its word in the plan's key and its colour name ("Complete (Blue)"). Styled by {@code timeline.css}.
 */
public final class BragKey extends HBox {

    /** The five statuses with their colour names. */
    public BragKey() {
        this(true, false);
    }

    /**
     * The five statuses, with or without their colour names ("Complete (Blue)"), and with {@code marks} the
     * milestone and overdue marks as well.
     */
    public BragKey(boolean colourNames, boolean marks) {
        this(org.jointplan.domain.BragKey.DEFAULT, colourNames, marks);
    }

    /** As {@link #BragKey(boolean, boolean)}, in the words of a plan's key ("On plan (Green)"). */
    public BragKey(org.jointplan.domain.BragKey key, boolean colourNames, boolean marks) {
        getStyleClass().add("brag-key");
        getStylesheets().add(Objects.requireNonNull(BragKey.class.getResource("timeline.css")).toExternalForm());
        for (Status status : BragKeyPainter.ORDER) {
            Label swatch = new Label(status.symbol());
            swatch.getStyleClass().addAll("brag-swatch", "status-" + status.code());
            Label word = new Label(colourNames ? key.label(status) + " (" + status.bragColour() + ")"
                    : key.label(status));
            if (!key.meaning(status).isEmpty()) {
                word.setTooltip(new javafx.scene.control.Tooltip(key.meaning(status)));
            }
            word.getStyleClass().add("brag-key-text");
            HBox item = new HBox(swatch, word);
            item.getStyleClass().add("brag-key-item");
            getChildren().add(item);
        }
        if (marks) {
            for (String[] mark : new String[][] {{"◆", "Milestone met"}, {"◇", "Milestone due"},
                {"◇⋯◇", "Slipped"}, {"▨", "Overdue"}}) {
                Label symbol = new Label(mark[0]);
                symbol.getStyleClass().add("brag-mark");
                Label word = new Label(mark[1]);
                word.getStyleClass().add("brag-key-text");
                HBox item = new HBox(symbol, word);
                item.getStyleClass().add("brag-key-item");
                getChildren().add(item);
            }
        }
        setAccessibleText("Key: " + String.join(", ", BragKeyPainter.ORDER.stream()
                .map(s -> s.bragColour() + " means " + key.label(s)).toList()));
    }
}
