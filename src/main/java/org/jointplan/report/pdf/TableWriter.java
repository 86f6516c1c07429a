package org.jointplan.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;

/**
 * A table: caption, a header row of TH cells (tagged once; repeated as an artifact at the top of each later page),
 * and rows of TD cells whose text wraps in its column. A row too tall for what is left of a page goes on to the next
 * page, split between pages only when it would not fit on a page of its own; status cells are shaded in the status
 * colour with white text.
 */
final class TableWriter {
    static final float SIZE = 10;
    static final float LEADING = 13;
    private static final float PAD_X = 4;
    private static final float PAD_Y = 3;
    private static final int PROGRESS_EVERY = 200;
    private final PageFlow flow;
    private final Tags tags;
    private final PdfFonts fonts;
    private final TextBlocks text;
    private final LineBreaker breaker = new LineBreaker(SIZE);

    TableWriter(PageFlow flow, Tags tags, PdfFonts fonts, TextBlocks text) {
        this.flow = flow;
        this.tags = tags;
        this.fonts = fonts;
        this.text = text;
    }

    void write(Block.Table t, DoubleConsumer within) throws IOException {
        List<Column> columns = t.columns();
        float[] widths = widths(columns, widestWords(t));
        List<List<Line>> header = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(wrap(columns.get(c).header(), fonts.bold(), widths[c]));
        }
        List<Line> caption = breaker.wrap(List.of(new Styled(t.caption(), fonts.bold())), flow.width());
        float firstRow = t.rows().isEmpty() ? 0 : Math.min(height(lines(t.rows().get(0), widths)),
                height(3));
        flow.ensure(caption.size() * LEADING + 2 + height(header) + firstRow);
        PDStructureElement table = tags.add(tags.document(), "Table");
        if (!caption.isEmpty()) {
            text.flow(tags.add(table, "Caption"), caption, flow.left(), SIZE, LEADING, PdfColours.INK);
            flow.advance(2);
        }
        PDStructureElement headerRow = tags.add(tags.add(table, "THead"), "TR");
        drawHeader(header, columns, widths, headerRow);
        PDStructureElement body = tags.add(table, "TBody");
        for (int r = 0; r < t.rows().size(); r++) {
            if (r % PROGRESS_EVERY == 0) {
                within.accept((double) r / t.rows().size());
            }
            row(t.rows().get(r), columns, widths, body, header);
        }
        flow.advance(TextBlocks.BODY_LEADING * 0.6f);
    }

    private void row(List<Cell> cells, List<Column> columns, float[] widths, PDStructureElement body,
                     List<List<Line>> header) throws IOException {
        List<List<Line>> lines = lines(cells, widths);
        PDStructureElement tr = tags.add(body, "TR");
        List<PDStructureElement> tds = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            tds.add(tags.add(tr, "TD"));
        }
        int[] from = new int[cells.size()];
        boolean started = false;
        while (true) {
            int remaining = 1;
            for (int c = 0; c < cells.size(); c++) {
                remaining = Math.max(remaining, lines.get(c).size() - from[c]);
            }
            if (height(remaining) <= flow.room()) {
                drawRow(cells, columns, widths, lines, from, remaining, tds);
                return;
            }
            int fit = (int) Math.floor((flow.room() - 2 * PAD_Y) / LEADING);
            boolean fitsOnFreshPage = height(remaining) <= flow.printableHeight() - height(header);
            if (fit >= 1 && !(fitsOnFreshPage && !started)) {
                drawRow(cells, columns, widths, lines, from, fit, tds);
                started = true;
            }
            flow.newPage();
            drawHeader(header, columns, widths, null);
        }
    }

    /** Draws up to {@code count} lines of each cell from {@code from}, advancing {@code from}. */
    private void drawRow(List<Cell> cells, List<Column> columns, float[] widths, List<List<Line>> lines, int[] from,
                         int count, List<PDStructureElement> tds) throws IOException {
        float h = height(count);
        PDPageContentStream cs = flow.content();
        float top = flow.top();
        Tags.beginArtifact(cs, "Layout", null);
        float x = flow.left();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).status() != null) {
                fill(cs, x, top, widths[c], h, PdfColours.of(cells.get(c).status()));
            }
            x += widths[c];
        }
        rule(cs, top + h);
        cs.endMarkedContent();
        x = flow.left();
        for (int c = 0; c < cells.size(); c++) {
            List<Line> cell = lines.get(c);
            int k = Math.min(count, cell.size() - from[c]);
            if (k > 0) {
                flow.begin(tds.get(c));
                int rgb = cells.get(c).status() != null ? PdfColours.textOn(cells.get(c).status()) : PdfColours.INK;
                drawLines(cs, cell.subList(from[c], from[c] + k), x, widths[c], columns.get(c).numeric(), top, rgb,
                        flow);
                flow.end();
                from[c] += k;
            }
            x += widths[c];
        }
        flow.advance(h);
    }

    /** The header row: tagged TH cells the first time, an artifact when repeated at the top of a later page. */
    private void drawHeader(List<List<Line>> header, List<Column> columns, float[] widths, PDStructureElement tr)
            throws IOException {
        PDPageContentStream cs = flow.content();
        float top = flow.top();
        int tallest = header.stream().mapToInt(List::size).max().orElse(1);
        float h = height(tallest);
        Tags.beginArtifact(cs, tr == null ? "Pagination" : "Layout", null);
        fill(cs, flow.left(), top, flow.width(), h, PdfColours.HEADER_FILL);
        rule(cs, top + h);
        if (tr != null) {
            cs.endMarkedContent();
        }
        float x = flow.left();
        for (int c = 0; c < header.size(); c++) {
            if (tr != null) {
                PDStructureElement th = tags.add(tr, "TH");
                COSDictionary scope = new COSDictionary();
                scope.setName(COSName.O, "Table");
                scope.setName(COSName.getPDFName("Scope"), "Column");
                th.getCOSObject().setItem(COSName.A, scope);
                flow.begin(th);
            }
            drawLines(cs, header.get(c), x, widths[c], columns.get(c).numeric(), top, PdfColours.INK,
                    tr != null ? flow : null);
            if (tr != null) {
                flow.end();
            }
            x += widths[c];
        }
        if (tr == null) {
            cs.endMarkedContent();
        }
        flow.advance(h);
    }

    private void drawLines(PDPageContentStream cs, List<Line> lines, float x, float width, boolean right, float top,
                           int rgb, PageFlow tagged) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float at = right ? x + width - PAD_X - line.width() : x + PAD_X;
            LinePainter.draw(cs, line, at, flow.baselineAt(top + PAD_Y + i * LEADING, SIZE, LEADING), SIZE, rgb,
                    tagged);
        }
    }

    private void fill(PDPageContentStream cs, float x, float top, float w, float h, int rgb) throws IOException {
        cs.appendRawCommands(PdfColours.fill(rgb));
        cs.addRect(x, flow.pdfY(top + h), w, h);
        cs.fill();
    }

    private void rule(PDPageContentStream cs, float at) throws IOException {
        cs.appendRawCommands(PdfColours.stroke(PdfColours.RULE));
        cs.setLineWidth(0.5f);
        cs.moveTo(flow.left(), flow.pdfY(at));
        cs.lineTo(flow.left() + flow.width(), flow.pdfY(at));
        cs.stroke();
    }

    private List<List<Line>> lines(List<Cell> cells, float[] widths) throws IOException {
        List<List<Line>> lines = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            lines.add(wrap(cell.text(), cell.status() != null ? fonts.bold() : fonts.regular(), widths[c]));
        }
        return lines;
    }

    private List<Line> wrap(String text, Face face, float columnWidth) throws IOException {
        return breaker.wrap(List.of(new Styled(text, face)), columnWidth - 2 * PAD_X);
    }

    /**
     * Widths from the columns' weights, widened where a column's widest word would otherwise break, taking the room
     * from the other columns in proportion to their weights. Narrow needs (dates, figures) are met first: the most
     * columns, narrowest needs first, whose words can be kept whole while the others keep 80% of what theirs need.
     */
    private float[] widths(List<Column> columns, float[] least) {
        int n = columns.size();
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(least[a], least[b]));
        for (int k = n; k > 0; k--) {
            boolean[] whole = new boolean[n];
            for (int i = 0; i < k; i++) {
                whole[order[i]] = true;
            }
            float[] widths = widened(columns, least, whole);
            boolean othersKeepEnough = widths != null;
            for (int c = 0; othersKeepEnough && c < n; c++) {
                othersKeepEnough = whole[c] || widths[c] >= 0.8f * least[c];
            }
            if (othersKeepEnough) {
                return widths;
            }
        }
        return widened(columns, least, new boolean[n]);
    }

    /** Widths by weight, with the chosen columns at least as wide as their words; null when there is no room. */
    private float[] widened(List<Column> columns, float[] least, boolean[] whole) {
        int n = columns.size();
        float[] widths = new float[n];
        boolean[] fixed = new boolean[n];
        while (true) {
            float fixedSum = 0;
            double freeWeight = 0;
            for (int c = 0; c < n; c++) {
                if (fixed[c]) {
                    fixedSum += widths[c];
                } else {
                    freeWeight += columns.get(c).weight();
                }
            }
            if (fixedSum > flow.width()) {
                return null;
            }
            if (freeWeight == 0) {
                return widths;
            }
            boolean changed = false;
            for (int c = 0; c < n; c++) {
                if (!fixed[c]) {
                    widths[c] = (float) ((flow.width() - fixedSum) * columns.get(c).weight() / freeWeight);
                    if (whole[c] && widths[c] < least[c]) {
                        widths[c] = least[c];
                        fixed[c] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return widths;
            }
        }
    }

    /** For each column, the width its widest word (in the header or any cell) needs, with the cell's padding. */
    private float[] widestWords(Block.Table t) throws IOException {
        float[] least = new float[t.columns().size()];
        for (int c = 0; c < least.length; c++) {
            least[c] = breaker.widestWord(List.of(new Styled(t.columns().get(c).header(), fonts.bold())));
        }
        for (List<Cell> row : t.rows()) {
            for (int c = 0; c < least.length; c++) {
                Cell cell = row.get(c);
                Face face = cell.status() != null ? fonts.bold() : fonts.regular();
                // a status ("● Complete") is kept on one line: its symbol and word are one
                String text = cell.status() != null ? cell.text().replace(' ', '\u00A0') : cell.text();
                least[c] = Math.max(least[c], breaker.widestWord(List.of(new Styled(text, face))));
            }
        }
        for (int c = 0; c < least.length; c++) {
            least[c] += 2 * PAD_X + 0.5f;
        }
        return least;
    }

    private static float height(int lines) {
        return Math.max(lines, 1) * LEADING + 2 * PAD_Y;
    }

    private static float height(List<List<Line>> cells) {
        return height(cells.stream().mapToInt(List::size).max().orElse(1));
    }
}
