package org.jointplan.sheet;

/** A priority's name from a heading row, a sheet's name or a priority cell: "Priority 1: SLCN services" is "SLCN services". */
final class PriorityNames {
    private PriorityNames() {
    }

    static String clean(String written) {
        String one = RowReading.oneLine(written);
        String name = one.replaceFirst("(?i)^(strategic\\s+|joint\\s+commissioning\\s+)?(priority|theme|workstream)"
                + "\\s*(no\\.?\\s*)?(\\d{1,2}\\s*[:.\\-–—)]?|[:.\\-–—])\\s*", "")
                .replaceFirst("^\\d{1,2}\\s*[.):\\-–—]?\\s+(?=\\p{L})", "").strip();
        return name.isEmpty() ? one : name;
    }
}
