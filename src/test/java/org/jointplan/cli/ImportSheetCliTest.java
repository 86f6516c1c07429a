package org.jointplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.service.SamplePlan;
import org.jointplan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-sheet: a dry run, a refusal while questions are open, answers by file, a new plan and an update. */
class ImportSheetCliTest {
    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("plans.jointplan");
    }

    private Path tracker() throws Exception {
        Path file = dir.resolve("tracker.csv");
        Files.writeString(file, "Ref,Action,Lead organisation,Start,Target date,RAG,% complete\n"
                + "1.1,Advice line,NCC,01/07/2024,Mar-25,Amber/Green,40%\n"
                + "1.2,Training offer,ICB,Q3 2024/25,31st March 2025,G,c. 25%\n", StandardCharsets.UTF_8);
        return file;
    }

    private int plans() {
        try (Store s = Store.open(store())) {
            return s.plans().size();
        }
    }

    @Test
    void aDryRunShowsEveryRowAndQuestionAndChangesNothing() throws Exception {
        Cli.run("--store", store().toString(), "list");
        int before = plans();

        Cli.Result r = Cli.run("--store", store().toString(), "import-sheet", tracker().toString(), "--dry-run");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("tracker.csv: header on row 1, no priorities, 2 actions.")
                .contains("Row 3: 'Training offer' in 'Actions', ref 1.2.")
                .contains("D3 Start 'Q3 2024/25' as '01/10/2024'")
                .contains("Question: Row 2, cell F2: Is 'Amber/Green' Amber (At risk) or Green (On track)?")
                .contains("Question: Row 2, cell C2: Which partner is 'NCC'")
                .contains("Warning: Row 3, cell G3: 'c. 25%' is approximate")
                .contains("Dry run: nothing was changed.");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void openQuestionsStopARealImportUntilAnsweredByFile() throws Exception {
        Cli.run("--store", store().toString(), "list");
        int before = plans();

        Cli.Result refused = Cli.run("--store", store().toString(), "import-sheet", tracker().toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("The tracker was not imported, since 2 questions are open; nothing was"
                + " changed.").contains("--answers FILE.json");
        assertThat(plans()).isEqualTo(before);

        Path answers = dir.resolve("answers.json");
        Files.writeString(answers, "{\"answers\": [{\"kind\": \"STATUS\", \"value\": \"Amber/Green\", \"choice\":"
                + " \"at_risk\"}, {\"kind\": \"PARTNER\", \"value\": \"NCC\", \"choice\": \"Nottingham City"
                + " Council\"}]}");
        Cli.Result added = Cli.run("--store", store().toString(), "import-sheet", tracker().toString(), "--answers",
                answers.toString(), "--as-new");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added 'tracker' (1 priority, 2 actions, id ");
        assertThat(plans()).isEqualTo(before + 1);
    }

    @Test
    void mergeUpdatesTheStoresPlanFromItsTracker() throws Exception {
        Cli.run("--store", store().toString(), "list");
        PlanData sample = SamplePlan.load();
        Action first = sample.actions().get(0);
        Path file = dir.resolve("returned.csv");
        Files.writeString(file, "Action,Start,Due\n\"" + first.title() + "\",01/05/2024,28/02/2025\n");

        Cli.Result r = Cli.run("--store", store().toString(), "import-sheet", file.toString(), "--merge");

        assertThat(r.code()).as(r.err()).isZero();
        try (Store s = Store.open(store())) {
            Action updated = s.load(sample.id()).orElseThrow().action(first.id()).orElseThrow();
            assertThat(updated.due()).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(updated.start()).isEqualTo(LocalDate.of(2024, 5, 1));
            assertThat(updated.title()).isEqualTo(first.title());
        }
    }

    @Test
    void aFileThatIsNoSpreadsheetIsOnePlainSentence() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        Files.writeString(file, "hello");

        Cli.Result r = Cli.run("--store", store().toString(), "import-sheet", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("plan.xlsx is not a spreadsheet JointPlan can read; save it from Excel"
                + " as .xlsx, .xls or .csv and import that.");
    }
}
