package org.jointplan.bundle;

import static org.jointplan.testsupport.PlanAssertions.assertSamePlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.jointplan.chart.ChartColour;
import org.jointplan.chart.StatusColours;
import org.jointplan.chart.timeline.TimelineChart;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.jointplan.domain.UkDates;
import org.jointplan.testsupport.PackageTinker;
import org.jointplan.testsupport.PlanGenerator;
import org.junit.jupiter.api.Test;

class PackageContentsTest {
    private static final ExportDetails DETAILS = new ExportDetails("9.9", Instant.parse("2024-07-01T13:05:00Z"),
            "Nottingham City Council", "Jo Commissioner");

    @Test
    void aPackageIsAZipWithTheManifestFirstAndExactlyTheDocumentedEntries() throws IOException {
        byte[] pkg = new PackageWriter().write(PlanGenerator.plan(20, 1), DETAILS, null, f -> { });
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("manifest.json", "plan.json", "summary.html", "timeline.png"), names);
        Manifest manifest = new PackageReader().read(pkg, "p.jplan", null, f -> { }).manifest();
        assertEquals(Set.of("plan.json", "summary.html", "timeline.png"),
                new HashSet<>(manifest.entries().stream().map(Manifest.Entry::name).toList()));
        PackageTinker unzipped = PackageTinker.of(pkg);
        for (Manifest.Entry e : manifest.entries()) {
            assertTrue(e.matches(unzipped.entry(e.name())), e.name());
        }
        assertEquals("JointPlan", manifest.application());
        assertEquals("9.9", manifest.applicationVersion());
    }

    @Test
    void theSummaryIsPlainEscapedUkDatedKeyedAndKeepsPrivateNotesOut() {
        PlanData plan = PlanGenerator.plan(40, 2);
        List<Action> actions = new ArrayList<>(plan.actions());
        Action first = actions.get(0).toBuilder().title("Review <script>alert('x')</script> & \"co\"")
                .notes("PRIVATE-NOTE-7731 about a difficult meeting").build();
        actions.set(0, first);
        PlanData marked = new PlanData(plan.plan(), plan.partners(), plan.priorities(), actions, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
        String html = new String(PackageTinker.of(new PackageWriter().write(marked, DETAILS, null, f -> { }))
                .entry(PackageFormat.SUMMARY), StandardCharsets.UTF_8);

        assertFalse(html.contains("PRIVATE-NOTE-7731"), "private notes stay out of the summary");
        assertFalse(html.contains("Private note"), "private notes stay out of the summary");
        assertFalse(html.contains("<script"), "text is escaped");
        assertTrue(html.contains("Review &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
        assertFalse(html.contains("src=") || html.contains("href=") || html.contains("http"), "self-contained");
        for (Status s : Status.values()) {
            assertTrue(html.contains(">" + s.bragColour() + "</td><td>" + s.label() + "</td>"), "key: " + s);
        }
        assertTrue(html.contains("Exported on 1 July 2024 at 14:05 by Jo Commissioner (Nottingham City Council)"),
                "UK date and time");
        assertTrue(html.contains(UkDates.numeric(first.start())), "dates as 01/07/2024");
        assertTrue(html.contains("<tr><th>All actions</th><td class=\"n\">40</td></tr>"), "counts by status");
        plan.priorities().forEach(p -> assertTrue(html.contains(p.name()), p.name()));
    }

    @Test
    void theSummarysStatusCellsTakeThePalettesFillsWithWordsThatReadOnThem() throws IOException {
        String html = new String(PackageTinker.of(new PackageWriter().write(PlanGenerator.plan(9, 3), DETAILS, null,
                f -> { })).entry(PackageFormat.SUMMARY), StandardCharsets.UTF_8);
        for (Status s : Status.values()) {
            String rule = ".s-" + s.code() + "{background:" + StatusColours.of(s).hex() + ";color:"
                    + StatusColours.textOn(s).hex() + "}";
            assertTrue(html.contains(rule), rule);
            assertTrue(StatusColours.textOn(s).contrastWith(StatusColours.of(s)) >= 4.5, "words on " + s);
        }
    }

    @Test
    void theTimelineIsAPictureWithTheWholeBragKeyAndABarPerShownAction() throws IOException {
        PlanData plan = PlanGenerator.plan(9, 3);
        byte[] png = PackageTinker.of(new PackageWriter().write(plan, DETAILS, null, f -> { }))
                .entry(PackageFormat.TIMELINE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(TimelinePicture.WIDTH, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        for (Status s : Status.values()) {
            ChartColour c = StatusColours.of(s);
            assertTrue(colours.contains(c.red() << 16 | c.green() << 8 | c.blue()), "colour of " + s);
        }
    }

    @Test
    void aLargePlanStillGivesAPictureOfBoundedSize() throws IOException {
        byte[] png = PackageTinker.of(new PackageWriter().write(PlanGenerator.plan(3000, 4), DETAILS, null,
                f -> { })).entry(PackageFormat.TIMELINE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int lanes = 5;
        double rowPixels = 2 * 2 * TimelineChart.TEXT; // rows of twice the text size, at two pixels a unit
        assertTrue(image.getHeight() < 400 + lanes * (TimelinePicture.MAX_ROWS_PER_LANE + 2) * rowPixels,
                "height " + image.getHeight());
    }

    @Test
    void aPlanThatBreaksARuleIsNotExported() {
        PlanData plan = PlanGenerator.plan(5, 5);
        List<Action> twice = new ArrayList<>(plan.actions());
        twice.add(twice.get(0));
        PlanData broken = new PlanData(plan.plan(), plan.partners(), plan.priorities(), twice, plan.milestones(),
                plan.dependencies(), plan.updates(), plan.measures(), plan.measureValues(),
                plan.committeeDates(), plan.snapshots(), plan.dateMoves(), plan.tombstones());
        PackageException e = assertThrows(PackageException.class,
                () -> new PackageWriter().write(broken, DETAILS, null, f -> { }));
        assertTrue(e.getMessage().startsWith("This plan breaks a rule, so it was not exported: the id "));
    }

    @Test
    void aDateTheReaderWouldRefuseCannotEvenBeInAPlanToExport() {
        Action action = PlanGenerator.plan(5, 7).actions().get(0);
        assertThrows(org.jointplan.domain.ValidationException.class,
                () -> action.toBuilder().start(java.time.LocalDate.of(1850, 1, 1)).build());
    }

    @Test
    void theSamplePlanRoundTripsThroughTheBundleAlone() {
        PlanData plan = PlanGenerator.plan(150, 6);
        byte[] pkg = new PackageWriter().write(plan, DETAILS, null, f -> { });
        assertSamePlan(plan, new PackageReader().read(pkg, "p.jplan", null, f -> { }).plan());
    }
}
