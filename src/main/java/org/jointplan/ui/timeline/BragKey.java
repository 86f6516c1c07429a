package org.jointplan.ui.timeline;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.jointplan.domain.Status;

/**
 * The BRAG key as a row of nodes, for a window or the presentation: each status as a coloured badge carrying its
 * symbol, then its word and colour name ("Complete (Blue)"). Styled by {@code timeline.css}.
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
        getStyleClass().add("brag-key");
        getStylesheets().add(Objects.requireNonNull(BragKey.class.getResource("timeline.css")).toExternalForm());
        for (Status status : BragKeyPainter.ORDER) {
            Label swatch = new Label(status.symbol());
            swatch.getStyleClass().addAll("brag-swatch", "status-" + status.code());
            Label word = new Label(colourNames ? status.label() + " (" + status.bragColour() + ")" : status.label());
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
                .map(s -> s.bragColour() + " means " + s.label().toLowerCase(java.util.Locale.UK)).toList()));
    }
}
