package org.jointplan.ui.timeline;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.jointplan.domain.Status;

/**
 * The BRAG key as a row of nodes (wrapping onto more rows where it must), for a window or the presentation: each
 * status as a coloured badge carrying its symbol, then its colour name and its word in the plan's key ("Amber: at
 * risk"). The overdue mark is in the overdue colour, as on the bars. Styled by {@code timeline.css}.
 */
public final class BragKey extends FlowPane {

    /** The five statuses with their colour names. */
    public BragKey() {
        this(true, false);
    }

    /**
     * The five statuses, with or without their colour names ("Blue: complete"), and with {@code marks} the
     * milestone and overdue marks as well.
     */
    public BragKey(boolean colourNames, boolean marks) {
        this(org.jointplan.domain.BragKey.DEFAULT, colourNames, marks);
    }

    /** As {@link #BragKey(boolean, boolean)}, in the words of a plan's key ("Green: on plan"). */
    public BragKey(org.jointplan.domain.BragKey key, boolean colourNames, boolean marks) {
        getStyleClass().add("brag-key");
        setPrefWrapLength(100_000); // one row where there is room; wraps, never cuts a word, where there is not
        getStylesheets().add(Objects.requireNonNull(BragKey.class.getResource("timeline.css")).toExternalForm());
        for (Status status : BragKeyPainter.ORDER) {
            Label swatch = new Label(status.symbol());
            swatch.getStyleClass().addAll("brag-swatch", "status-" + status.code());
            Label word = new Label(colourNames ? key.entry(status).colourAndLabel() : key.label(status));
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
                if ("Overdue".equals(mark[1])) {
                    symbol.getStyleClass().add("brag-mark-overdue");
                }
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
