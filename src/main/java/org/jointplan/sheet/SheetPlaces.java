package org.jointplan.sheet;

/** How a place in a spreadsheet is named in notes and questions: "Sheet 'SLCN', row 7, cell F7". */
public final class SheetPlaces {
    private SheetPlaces() {
    }

    public static String row(String sheet, int row) {
        return sheet.isEmpty() ? "Row " + row : "Sheet '" + sheet + "', row " + row;
    }

    public static String cell(String sheet, int row, int column) {
        return row(sheet, row) + ", cell " + letter(column) + row;
    }

    public static String sheet(String sheet) {
        return sheet.isEmpty() ? "" : "Sheet '" + sheet + "'";
    }

    /** The column's letters from its index from 0: 0 is "A", 27 is "AB". */
    public static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** The column's index from 0 from its letters ("AB" is 27), or -1 when these are not column letters. */
    public static int column(String letters) {
        if (letters == null) {
            return -1;
        }
        String s = letters.strip();
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = Character.toUpperCase(s.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                return -1;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    /** The column's index from 0 of a cell's name ("AB12" is 27), or -1 when it starts with no letter. */
    static int columnOfCell(String cell) {
        int c = 0;
        int i = 0;
        for (; i < cell.length() && i < 3; i++) {
            char ch = Character.toUpperCase(cell.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return i == 0 ? -1 : c - 1;
    }
}
