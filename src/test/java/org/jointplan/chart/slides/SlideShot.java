package org.jointplan.chart.slides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jointplan.chart.AwtChartPainter;
import org.jointplan.chart.Palette;
import org.jointplan.chart.Theme;
import org.jointplan.chart.ThemedLayout;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.service.SamplePlan;

/**
 * Writes every slide of the sample plan (and of the crowded plan, 400 actions in a priority and a 300-character title,
 * with "crowded") as PNGs in every theme at the usual screens, to look at: {@code SlideShot DIR [crowded]}. A size
 * with a scale is a screen's logical size painted at its output scale (2880 x 1620 at 200% is 1440 x 810 at 2).
 * Runs headless.
 */
public final class SlideShot {
    private SlideShot() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/slides");
        boolean crowded = args.length > 1 && args[1].equals("crowded");
        PlanData plan = crowded ? SlidePlans.crowded() : SamplePlan.load();
        ReportPosition position = ReportPosition.of(plan, LocalDate.of(2024, 11, 30));
        double[][] sizes = {{1366, 768, 1}, {1920, 1080, 1}, {1440, 810, 2}, {1024, 768, 1}, {800, 600, 1},
            {960, 540, 3}};
        for (Theme theme : Theme.values()) {
            for (double[] size : sizes) {
                String name = (int) (size[0] * size[2]) + "x" + (int) (size[1] * size[2]) + "@" + (int) (size[2] * 100);
                Path out = dir.resolve(theme.code()).resolve(name);
                Files.createDirectories(out);
                List<Slide> slides = SlideDeck.lay(position, SlideChoice.all(plan), size[0], size[1]);
                for (int i = 0; i < slides.size() && i < 40; i++) {
                    ImageIO.write(AwtChartPainter.image(ThemedLayout.of(slides.get(i).layout(), Palette.of(theme)),
                            size[2]), "png", out.resolve(String.format("%02d.png", i + 1)).toFile());
                }
                System.out.println(theme.code() + " " + name + ": " + slides.size() + " slides");
            }
        }
    }
}
