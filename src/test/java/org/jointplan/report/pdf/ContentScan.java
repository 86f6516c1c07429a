package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads a page's content operators: the MCIDs it marks, and any painting done outside marked content. */
final class ContentScan {
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "Do", "f", "F", "f*", "S", "s", "B",
            "B*", "b", "b*", "sh", "BI");
    private final List<Integer> mcids = new ArrayList<>();
    private final List<String> unmarked = new ArrayList<>();

    private ContentScan() {
    }

    static ContentScan of(PDPage page) throws IOException {
        ContentScan scan = new ContentScan();
        List<Object> tokens = new PDFStreamParser(page).parse();
        Deque<String> open = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "BDC" -> {
                    open.push(((COSName) operands.get(0)).getName());
                    if (operands.get(1) instanceof COSDictionary d && d.containsKey(COSName.MCID)) {
                        scan.mcids.add(d.getInt(COSName.MCID));
                    }
                }
                case "BMC" -> open.push(((COSName) operands.get(0)).getName());
                case "EMC" -> open.pop();
                default -> {
                    if (PAINTING.contains(op.getName()) && open.isEmpty()) {
                        scan.unmarked.add(op.getName());
                    }
                }
            }
            operands.clear();
        }
        return scan;
    }

    List<Integer> mcids() {
        return mcids;
    }

    List<String> unmarkedOperators() {
        return unmarked;
    }
}
