package org.jointplan.report.html;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.jointplan.chart.SvgChartWriter;
import org.jointplan.report.Block;
import org.jointplan.report.Cell;
import org.jointplan.report.Column;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.DocumentInfo;
import org.jointplan.report.Section;

/**
 * The report as one self-contained, accessible HTML page: the document's language and title, the marking in a
 * banner, real headings, tables with captions and column headers, and each chart as a vector picture (SVG inside the
 * page) with its words as alternative text. Nothing is fetched from elsewhere, so the page can be emailed or
 * published as it is.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    public static byte[] write(CommitteeReport report, DoubleConsumer progress) {
        StringBuilder html = new StringBuilder(64 * 1024);
        DocumentInfo info = report.info();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(DocumentInfo.LANGUAGE).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(info.title())).append("</title>\n");
        meta(html, "description", info.subject());
        meta(html, "author", info.author());
        html.append("<style>\n").append(HtmlStyle.css()).append("</style>\n</head>\n<body>\n");
        html.append("<header class=\"running\">");
        if (!info.marking().isEmpty()) {
            html.append("<p class=\"marking\">").append(escape(info.marking())).append("</p>");
        }
        html.append("<p>").append(escape(info.runningHeader())).append("</p></header>\n<main>\n");
        int done = 0;
        int total = report.blocks().size();
        for (Section section : report.sections()) {
            html.append("<section class=\"").append(section.page().landscape() ? "landscape" : "portrait")
                    .append("\">\n");
            for (Block block : section.blocks()) {
                block(html, block);
                progress.accept((double) ++done / total);
            }
            html.append("</section>\n");
        }
        html.append("</main>\n");
        if (!info.marking().isEmpty()) {
            html.append("<footer class=\"running\"><p class=\"marking\">").append(escape(info.marking()))
                    .append("</p></footer>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void meta(StringBuilder html, String name, String content) {
        if (!content.isEmpty()) {
            html.append("<meta name=\"").append(name).append("\" content=\"").append(escape(content))
                    .append("\">\n");
        }
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Block.Heading h) {
            html.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h")
                    .append(h.level()).append(">\n");
        } else if (block instanceof Block.Paragraph p) {
            html.append("<p>");
            if (!p.label().isEmpty()) {
                html.append("<strong>").append(escape(p.label().strip())).append("</strong> ");
            }
            html.append(paragraphText(p.text())).append("</p>\n");
        } else if (block instanceof Block.Bullets l) {
            html.append("<ul>\n");
            l.items().forEach(i -> html.append("<li>").append(escape(i)).append("</li>\n"));
            html.append("</ul>\n");
        } else if (block instanceof Block.Table t) {
            table(html, t);
        } else if (block instanceof Block.Figure f) {
            figure(html, f);
        }
    }

    private static void table(StringBuilder html, Block.Table t) {
        double sum = t.columns().stream().mapToDouble(Column::weight).sum();
        html.append("<table>\n<caption>").append(escape(t.caption())).append("</caption>\n<colgroup>");
        for (Column c : t.columns()) {
            html.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f",
                    100 * c.weight() / sum)).append("%\">");
        }
        html.append("</colgroup>\n<thead><tr>");
        for (Column c : t.columns()) {
            html.append("<th scope=\"col\"").append(c.numeric() ? " class=\"num\"" : "").append('>')
                    .append(escape(c.header())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                html.append("<td");
                if (cell.status() != null) {
                    html.append(" class=\"status ").append(HtmlStyle.cssName(cell.status())).append('"');
                } else if (t.columns().get(i).numeric()) {
                    html.append(" class=\"num\"");
                }
                html.append('>').append(paragraphText(cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /**
     * The chart as an image of SVG: the img's alt carries its words, and an image keeps each chart's own ids apart
     * from the page's and the other charts'.
     */
    private static void figure(StringBuilder html, Block.Figure f) {
        String svg = SvgChartWriter.svg(f.drawing());
        html.append("<figure>\n<img src=\"data:image/svg+xml;base64,")
                .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                .append("\" alt=\"").append(escape(f.alt())).append("\" width=\"")
                .append(Math.round(f.drawing().width())).append("\" height=\"")
                .append(Math.round(f.drawing().height())).append("\">\n");
        if (!f.caption().isEmpty()) {
            html.append("<figcaption>").append(escape(f.caption())).append("</figcaption>\n");
        }
        html.append("</figure>\n");
    }

    /** Escaped, with the text's own line breaks kept. */
    private static String paragraphText(String text) {
        return escape(text).replace("\n", "<br>");
    }

    private static String escape(String text) {
        return SvgChartWriter.escape(text);
    }
}
