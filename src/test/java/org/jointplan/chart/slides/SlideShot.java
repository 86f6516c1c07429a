package org.jointplan.chart.slides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jointplan.chart.AwtChartPainter;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;
import org.jointplan.testsupport.PlanGenerator;

/**
 * Writes every slide of the sample plan (and of a generated big plan with "big") as PNGs at the usual screen sizes,
 * to look at: {@code SlideShot DIR [big]}. Runs headless.
 */
public final class SlideShot {
    private SlideShot() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/slides");
        boolean big = args.length > 1 && args[1].equals("big");
        PlanData plan = big ? PlanGenerator.plan(400, 7) : SamplePlan.load();
        ReportPosition position = ReportPosition.of(plan, LocalDate.of(2024, 11, 30));
        int[][] sizes = {{1366, 768}, {1920, 1080}, {2880, 1620}, {1024, 768}, {800, 600}};
        for (int[] size : sizes) {
            Path out = dir.resolve(size[0] + "x" + size[1]);
            Files.createDirectories(out);
            List<Slide> slides = SlideDeck.lay(position, SlideChoice.all(plan), size[0], size[1]);
            for (int i = 0; i < slides.size() && i < 40; i++) {
                ImageIO.write(AwtChartPainter.image(slides.get(i).layout(), 1), "png",
                        out.resolve(String.format("%02d.png", i + 1)).toFile());
            }
            System.out.println(size[0] + "x" + size[1] + ": " + slides.size() + " slides");
        }
    }
}
