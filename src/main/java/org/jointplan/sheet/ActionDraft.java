package org.jointplan.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointplan.domain.Status;

/** One action row's values as read and answered, before the plan's records are made; null where a question is open. */
final class ActionDraft {
    final String sheet;
    final int row;
    String priority = "";
    String reference = "";
    String title = "";
    String description = "";
    String partner;
    String partnerCell;
    String partnerPlace;
    boolean partnerOpen;
    String owner = "";
    LocalDate start;
    LocalDate due;
    boolean startGiven;
    boolean dueGiven;
    boolean datesOpen;
    Status status;
    boolean statusOpen;
    Integer percent;
    String reason = "";
    String corrective = "";
    String decision = "";
    final List<ReadCell> cells = new ArrayList<>();
    /** Date cells that gave no date: their value is the plan's start or end, known once every row is read. */
    final List<ReadCell> pendingDateCells = new ArrayList<>();

    ActionDraft(String sheet, int row) {
        this.sheet = sheet;
        this.row = row;
    }

    String where() {
        return SheetPlaces.row(sheet, row);
    }

    void sortCells() {
        cells.addAll(pendingDateCells);
        pendingDateCells.clear();
        cells.sort(java.util.Comparator.comparingInt(c -> SheetPlaces.columnOfCell(c.cell())));
    }

    ReadRow toReadRow() {
        return new ReadRow(sheet, row, priority, reference, title, cells);
    }
}
