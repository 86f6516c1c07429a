package org.jointplan.report.html;

import org.jointplan.chart.StatusColours;
import org.jointplan.domain.Status;

/**
 * The page's one style sheet: readable type, tables that print with their header on each page, landscape sections
 * printed landscape, and the BRAG colours of the one palette ({@link StatusColours}) behind words at 4.5:1 or more,
 * dark on amber, white on the others (the words and symbol always say the status too).
 */
final class HtmlStyle {
    private static final String CSS = """
            body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11pt;
                   line-height: 1.4; color: #1b1f24; background: #fff; margin: 0 auto; max-width: 60rem;
                   padding: 0 1rem 2rem; }
            header.running, footer.running { color: #444; font-size: 9pt; border-bottom: 1px solid #ccc; }
            footer.running { border-bottom: none; border-top: 1px solid #ccc; margin-top: 2rem; }
            .marking { font-weight: bold; font-size: 11pt; letter-spacing: 0.05em; color: #1b1f24; margin: 0.3rem 0; }
            h1 { font-size: 18pt; margin: 1.6rem 0 0.6rem; }
            h2 { font-size: 14pt; margin: 1.4rem 0 0.5rem; }
            h3 { font-size: 12pt; margin: 1.2rem 0 0.4rem; }
            table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 10pt; }
            caption { text-align: left; font-style: italic; padding-bottom: 0.3rem; }
            th, td { border: 1px solid #8a9099; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left;
                     overflow-wrap: break-word; }
            thead th { background: #e8ebef; }
            .num { text-align: right; }
            figure { margin: 1rem 0; }
            figure img { max-width: 100%; height: auto; }
            figcaption { font-style: italic; font-size: 10pt; }
            @media print {
              body { max-width: none; padding: 0; }
              thead { display: table-header-group; }
              tr, figure { break-inside: avoid; }
              section { break-before: page; }
              section:first-child { break-before: auto; }
              section.landscape { page: landscape; }
            }
            @page { size: A4 portrait; margin: 2cm; }
            @page landscape { size: A4 landscape; }
            """;

    private HtmlStyle() {
    }

    /** The style sheet, with each status cell in the plan's one palette of BRAG colours. */
    static String css() {
        StringBuilder css = new StringBuilder(CSS);
        css.append("td.status { font-weight: bold; }\n");
        for (Status s : Status.values()) {
            css.append("td.").append(cssName(s)).append(" { background: ").append(StatusColours.of(s).hex())
                    .append("; color: ").append(StatusColours.textOn(s).hex()).append("; }\n");
        }
        return css.toString();
    }

    /** The class of a status cell: "at-risk". */
    static String cssName(Status status) {
        return status.code().replace('_', '-');
    }
}
