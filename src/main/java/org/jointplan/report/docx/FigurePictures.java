package org.jointplan.report.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointplan.chart.AwtChartPainter;
import org.jointplan.chart.ChartLayout;
import org.jointplan.report.Block;
import org.jointplan.report.CommitteeReport;
import org.jointplan.report.PageSetup;
import org.jointplan.report.Section;

/**
 * The report's charts painted and encoded as PNG ahead of the document, on two threads of their own, while POI
 * builds the text: painting and encoding a 300 dpi chart costs more than all of Word's XML. Taken in reading order.
 */
final class FigurePictures implements AutoCloseable {
    static final int DPI = 300;

    /** A chart's picture and the size it is shown at, in points. */
    record Picture(byte[] png, double width, double height) {
    }

    private final ExecutorService pool;
    private final List<Future<Picture>> pictures = new ArrayList<>();
    private int next;

    FigurePictures(CommitteeReport report) {
        List<Block.Figure> figures = new ArrayList<>();
        List<PageSetup> pages = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Figure f) {
                    figures.add(f);
                    pages.add(section.page());
                }
            }
        }
        int threads = Math.max(1, Math.min(2, Math.min(figures.size(), Runtime.getRuntime().availableProcessors())));
        pool = figures.isEmpty() ? null : Executors.newFixedThreadPool(threads, work -> {
            Thread t = new Thread(work, "Word report pictures");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < figures.size(); i++) {
            ChartLayout chart = figures.get(i).drawing();
            PageSetup page = pages.get(i);
            pictures.add(pool.submit(() -> picture(chart, page)));
        }
    }

    /** The next figure's picture, waiting for it if it is not ready. */
    Picture next() {
        try {
            return pictures.get(next++).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The report was stopped.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Shrunk to the printable width when wider, and to leave room for a caption under a tall one; never enlarged. */
    static Picture picture(ChartLayout chart, PageSetup page) {
        double scale = Math.min(1, Math.min(page.printableWidth() / chart.width(),
                page.printableHeight() * 0.85 / chart.height()));
        byte[] png = PngEncoder.encode(AwtChartPainter.image(chart, scale * DPI / 72.0), DPI);
        return new Picture(png, chart.width() * scale, chart.height() * scale);
    }

    /** Stops painting what is no longer wanted, as when the report is cancelled. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
