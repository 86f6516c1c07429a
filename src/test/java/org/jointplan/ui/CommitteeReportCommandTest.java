package org.jointplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.jointplan.domain.PlanData;
import org.jointplan.report.ReportOptions;
import org.jointplan.service.CommitteePapers.Format;
import org.jointplan.service.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitteeReportCommandTest {
    private final PlanData sample = SamplePlan.load();
    private final List<String> notices = new ArrayList<>();
    private final List<String> chooserAsked = new ArrayList<>();
    @TempDir
    Path dir;

    private CommitteeReportCommand command(LocalDate asAt, Format format, Path file, boolean cancelWhileWriting) {
        return new CommitteeReportCommand(() -> sample,
                onConfirm -> onConfirm.accept(new CommitteeReportDialog.Request(asAt, format,
                        ReportOptions.everything().withMarking("OFFICIAL"))),
                (name, f) -> {
                    chooserAsked.add(name);
                    return Optional.ofNullable(file);
                },
                (title, work, onDone, onFailure) -> {
                    try {
                        onDone.accept(work.run(fraction -> {
                            if (cancelWhileWriting && fraction > 0.5) {
                                throw new CancellationException("Cancelled; nothing was changed.");
                            }
                        }));
                    } catch (CancellationException cancelled) {
                        notices.add("cancelled");
                    } catch (RuntimeException e) {
                        onFailure.accept(e);
                    }
                },
                (header, text) -> notices.add(header + ": " + text));
    }

    @Test
    void writesThePaperWhereTheOfficerChose() throws Exception {
        Path file = dir.resolve("q2.html");
        command(LocalDate.of(2024, 9, 30), Format.HTML, file, false).execute();
        assertTrue(Files.readString(file).contains("progress report as at 30 September 2024"));
        assertEquals(List.of("Committee report written: Saved " + file + "."), notices);
        assertTrue(chooserAsked.get(0).endsWith(".html"), chooserAsked.toString());
    }

    @Test
    void aCancelLeavesTheOldFile() throws Exception {
        Path file = dir.resolve("q2.html");
        Files.writeString(file, "the paper sent last week");
        command(LocalDate.of(2024, 9, 30), Format.HTML, file, true).execute();
        assertEquals("the paper sent last week", Files.readString(file));
        assertEquals(List.of("cancelled"), notices);
    }

    @Test
    void aDateBeforeThePlanIsRefusedBeforeAskingWhereToSave() {
        command(LocalDate.of(2020, 1, 1), Format.PDF, dir.resolve("x.pdf"), false).execute();
        assertTrue(chooserAsked.isEmpty());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("The report was not written: "), notices.get(0));
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void theDefaultDateIsTheWindowsOrTheLastRecordedPosition() {
        LocalDate chosen = LocalDate.of(2024, 12, 31);
        assertEquals(chosen, CommitteeReportCommand.defaultAsAt(sample, chosen, LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2025, 3, 31), CommitteeReportCommand.defaultAsAt(sample, null,
                LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2024, 9, 30), CommitteeReportCommand.defaultAsAt(sample, null,
                LocalDate.of(2024, 10, 7)), "a week after the quarter end, its recorded position");
        assertEquals(LocalDate.of(2024, 9, 1), CommitteeReportCommand.defaultAsAt(sample, null,
                LocalDate.of(2024, 9, 1)), "before any snapshot, today");
    }
}
