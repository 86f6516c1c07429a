package org.jointplan.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to what they hold, in the font the table is drawn in: a column is as wide as its widest
 * value (up to a cap) and never narrower than its heading, so that no heading or short value reads "…". Wider
 * values show whole in the cell's tooltip.
 */
final class ColumnFit {
    /** Room for the cell's padding and the sort arrow of a heading. */
    private static final double PADDING = 24;
    private final Text probe = new Text();

    /**
     * The widest of the heading and the values, capped, as the column's fixed width: under a constrained resize
     * policy the columns without a fixed width (the action's title) take what room is left or given up.
     */
    <S> void fit(TableView<S> table, TableColumn<S, ?> column, Function<S, String> text, double cap) {
        probe.setFont(font(table));
        double heading = width(column.getText()) + PADDING;
        double widest = heading;
        for (S row : table.getItems()) {
            String value = text.apply(row);
            if (value != null && !value.isEmpty()) {
                widest = Math.max(widest, width(value) + PADDING);
                if (widest >= cap) {
                    break;
                }
            }
        }
        fix(column, Math.min(cap, widest));
    }

    /** As wide as the widest sample of what it shows (a date, a status with its badge), plus room for more. */
    <S> void fit(TableView<S> table, TableColumn<S, ?> column, List<String> samples, double extra) {
        probe.setFont(font(table));
        double heading = width(column.getText()) + PADDING;
        fix(column, Math.max(heading, samples.stream().mapToDouble(this::width).max().orElse(0) + PADDING + extra));
    }

    private static void fix(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    private double width(String s) {
        probe.setText(s);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    /** The font of a drawn cell: text size (View > Larger text) and the stylesheet decide it, not the default. */
    private static Font font(TableView<?> table) {
        return table.lookupAll(".table-cell").stream().filter(Labeled.class::isInstance).map(n -> ((Labeled) n)
                .getFont()).findFirst().orElse(Font.getDefault());
    }
}
