package org.jointplan.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointplan.sheet.Trackers.Fill;
import static org.jointplan.sheet.Trackers.Merged;
import static org.jointplan.sheet.Trackers.Percent;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.ImportNote;
import org.jointplan.domain.ImportedField;
import org.jointplan.domain.IncomingPlan;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.domain.Status;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trackers in each shape, each date, status and percent form, read as the plan they hold. */
class SheetReaderTest {
    static final Stamp STAMP = new Stamp(Instant.parse("2024-11-30T10:00:00Z"), "Nottingham City Council", "Officer");
    static final String[] HEADER = {"Ref", "Action", "Lead organisation", "Lead officer", "Start", "Target date",
        "RAG", "% complete", "Update / commentary"};

    @TempDir
    Path dir;

    static SheetPreview read(Path file) {
        return SheetReader.preview(file, SheetRequest.of(null, null, List.of(), STAMP));
    }

    static Action action(PlanData plan, String title) {
        return plan.actions().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no action '" + title + "' in " + plan.actions().stream()
                        .map(Action::title).toList()));
    }

    static List<String> notes(SheetPreview preview) {
        return preview.notes().stream().map(ImportNote::toString).toList();
    }

    static String partner(PlanData plan, Action a) {
        return plan.partner(a.leadPartnerId()).orElseThrow().name();
    }

    static String priority(PlanData plan, Action a) {
        return plan.priority(a.priorityId()).orElseThrow().name();
    }

    @Test
    void headingRowsTrackerWithTitleRowsIsReadFromItsHeaderOnRowFour() throws Exception {
        Path file;
        try (Trackers.Book book = Trackers.xlsx().sheet("Delivery plan")) {
            book.row(1, new Merged("SEND Joint Commissioning Delivery Plan 2024/25", 9))
                    .row(2, "Last updated: 30/09/2024")
                    .row(4, (Object[]) HEADER)
                    .row(5, new Merged("Priority 1: Speech, Language and Communication Needs (SLCN) services", 9))
                    .row(6, "1.1", "Launch the SLCN advice line", "Nottingham City Council", "A. Officer",
                            LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30), "G", 40, "Advice line live")
                    .row(7, "1.2", "Weekly drop-in sessions in Family Hubs", "Nottingham City Council", "B. Officer",
                            "01/07/24", "Mar-25", "green ", "40%", "Running in six hubs")
                    .hiddenRow(8, "0.9", "Last year's action", "Nottingham City Council", "X", "01/04/23",
                            "31/03/24", "Complete", 100, "")
                    .row(9, "1.3", "External consultant's review", "Nottinghamshire County Council", "C. Officer",
                            "w/c 02/09/2024", "Q3 2024/25", "Complete", new Percent(1.0), "Recommendations received")
                    .row(10, new Merged("Priority 2: Integrated sleep support pathway", 9))
                    .row(11, "2.1", "Agree the service model", "Nottinghamshire County Council", "D. Officer",
                            "Apr-24", "31st March 2025", "Not started", new Percent(0.0), "")
                    .row(12, "2.2", "Sleep support helpline", "Nottinghamshire County Council", "E. Officer",
                            "2024/25", "=DATE(2024,10,31)", "Amber", "c. 25%", "Recruitment delayed")
                    .row(13, "2.3", "Training contract", "Nottinghamshire County Council", "F. Officer",
                            LocalDate.of(2024, 9, 1), "ongoing", "Red", 0.1, "=1/0")
                    .row(14, "Total", "", "", "", "", "", "", "=AVERAGE(H6:H13)")
                    .row(16, "* Dates revised following the July Cabinet decision.");
            file = book.save(dir.resolve("Tracker Q2.xlsx"));
        }

        SheetPreview preview = read(file);

        assertThat(preview.questions()).isEmpty();
        SheetInfo sheet = preview.sheets().get(0);
        assertThat(sheet.headerRow()).isEqualTo(4);
        assertThat(sheet.shape()).isEqualTo(SheetShape.HEADING_ROWS);
        assertThat(sheet.columns()).extracting(MappedColumn::field).containsExactly(SheetField.REFERENCE,
                SheetField.TITLE, SheetField.LEAD_PARTNER, SheetField.OWNER, SheetField.START, SheetField.DUE,
                SheetField.STATUS, SheetField.PERCENT_COMPLETE, SheetField.STATUS_REASON);
        IncomingPlan incoming = preview.plan().orElseThrow();
        PlanData plan = incoming.plan();
        assertThat(plan.plan().title()).isEqualTo("SEND Joint Commissioning Delivery Plan 2024/25");
        assertThat(plan.priorities()).extracting(p -> p.name()).containsExactly(
                "Speech, Language and Communication Needs (SLCN) services", "Integrated sleep support pathway");
        assertThat(plan.actions()).hasSize(6);

        Action advice = action(plan, "Launch the SLCN advice line");
        assertThat(advice.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(advice.due()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(advice.status()).isEqualTo(Status.ON_TRACK);
        assertThat(advice.percentComplete()).isEqualTo(40);
        assertThat(advice.owner()).isEqualTo("A. Officer");
        assertThat(advice.statusReason()).isEqualTo("Advice line live");
        assertThat(partner(plan, advice)).isEqualTo("Nottingham City Council");
        assertThat(incoming.references()).containsEntry(advice.id(), "1.1");

        Action dropIn = action(plan, "Weekly drop-in sessions in Family Hubs");
        assertThat(dropIn.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(dropIn.due()).isEqualTo(LocalDate.of(2025, 3, 31)); // Mar-25: the month's end for a due date
        assertThat(dropIn.status()).isEqualTo(Status.ON_TRACK);
        assertThat(dropIn.percentComplete()).isEqualTo(40);

        Action review = action(plan, "External consultant's review");
        assertThat(review.start()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(review.due()).isEqualTo(LocalDate.of(2024, 12, 31)); // Q3 2024/25 is October-December
        assertThat(review.status()).isEqualTo(Status.COMPLETE);
        assertThat(review.percentComplete()).isEqualTo(100);

        Action model = action(plan, "Agree the service model");
        assertThat(model.start()).isEqualTo(LocalDate.of(2024, 4, 1)); // Apr-24: the month's start for a start
        assertThat(model.due()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(model.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(priority(plan, model)).isEqualTo("Integrated sleep support pathway");

        Action helpline = action(plan, "Sleep support helpline");
        assertThat(helpline.start()).isEqualTo(LocalDate.of(2024, 4, 1)); // 2024/25 starts in April
        assertThat(helpline.due()).isEqualTo(LocalDate.of(2024, 10, 31)); // a formula's cached date
        assertThat(helpline.status()).isEqualTo(Status.AT_RISK);
        assertThat(helpline.percentComplete()).isEqualTo(25);

        Action training = action(plan, "Training contract");
        assertThat(training.due()).isEqualTo(plan.plan().end()); // "ongoing": the plan's end, with a note
        assertThat(training.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(training.statusReason()).isEmpty(); // #DIV/0! read as empty

        assertThat(plan.plan().start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(plan.plan().end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(incoming.carried()).contains(ImportedField.PRIORITY, ImportedField.TITLE, ImportedField.OWNER,
                ImportedField.START, ImportedField.DUE, ImportedField.STATUS, ImportedField.PERCENT_COMPLETE,
                ImportedField.LEAD_PARTNER, ImportedField.STATUS_REASON);

        assertThat(notes(preview)).anySatisfy(n -> assertThat(n)
                .startsWith("Sheet 'Delivery plan', row 8: The row is hidden"));
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n)
                .startsWith("Sheet 'Delivery plan', row 14: A totals row"));
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n)
                .startsWith("Sheet 'Delivery plan', row 16: A note below the actions"));
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n)
                .startsWith("Sheet 'Delivery plan', row 13: No due date was given ('ongoing')"));
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n)
                .startsWith("Sheet 'Delivery plan', row 13, cell I13: The cell holds the error #DIV/0!"));
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n)
                .contains("cell H12").contains("approximate"));

        ReadRow row7 = preview.rows().stream().filter(r -> r.row() == 7).findFirst().orElseThrow();
        assertThat(row7.cells()).contains(new ReadCell("F7", SheetField.DUE, "Mar-25", "31/03/2025"),
                new ReadCell("G7", SheetField.STATUS, "green", "On track"));
    }

    @Test
    void oneSheetPerPriorityInAnOldWorkbook() throws Exception {
        Path file;
        try (Trackers.Book book = Trackers.xls()) {
            book.sheet("SLCN").row(1, "Ref", "Action", "Owner", "Due", "Status", "Progress")
                    .row(2, "S1", "Advice line", "A. Officer", LocalDate.of(2024, 7, 1), "Complete", 1.0)
                    .row(3, "S2", "Training offer", "B. Officer", "31.12.2024", "A", 0.5);
            book.sheet("Sleep").row(2, "Action ref", "Action", "Deadline", "BRAG", "Start")
                    .row(3, "Z1", "Helpline", "Oct 2024", "Blue", "Aug 2024");
            book.hiddenSheet("Old 2023").row(1, "Ref", "Action", "Due").row(2, "O1", "Old", "01/01/2023");
            book.sheet("Key").row(1, "Blue = complete").row(2, "Green = on track");
            file = book.save(dir.resolve("plan.xls"));
        }

        SheetPreview preview = read(file);

        assertThat(preview.sheets()).extracting(SheetInfo::name, SheetInfo::read, SheetInfo::shape).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SLCN", true, SheetShape.SHEET_PER_PRIORITY),
                org.assertj.core.groups.Tuple.tuple("Sleep", true, SheetShape.SHEET_PER_PRIORITY),
                org.assertj.core.groups.Tuple.tuple("Old 2023", false, SheetShape.SINGLE_LIST),
                org.assertj.core.groups.Tuple.tuple("Key", false, SheetShape.SINGLE_LIST));
        PlanData plan = preview.plan().orElseThrow().plan();
        assertThat(plan.priorities()).extracting(p -> p.name()).containsExactly("SLCN", "Sleep");
        Action training = action(plan, "Training offer");
        assertThat(training.due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(training.status()).isEqualTo(Status.AT_RISK);
        assertThat(training.percentComplete()).isEqualTo(50); // "Progress" of fractions: 0.5 is 50%
        Action helpline = action(plan, "Helpline");
        assertThat(helpline.start()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(helpline.due()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(helpline.status()).isEqualTo(Status.COMPLETE);
        assertThat(plan.plan().title()).isEqualTo("plan");
        assertThat(notes(preview))
                .anySatisfy(n -> assertThat(n).startsWith("Sheet 'Old 2023': The sheet is hidden"))
                .anySatisfy(n -> assertThat(n).startsWith("Sheet 'Key': No row of the sheet reads as a header"));
    }

    @Test
    void numberedHeadingRowsAboveNumberedActionsAreItsPriorities() throws Exception {
        Path file;
        try (Trackers.Book book = Trackers.xlsx().sheet("Plan")) {
            book.row(1, "No.", "Key action", "Owner", "Timescale", "RAG rating")
                    .row(2, 1, "Speech and language")
                    .row(3, 1.1, "Advice line", "Jo", "Mar-25", "G")
                    .row(4, 1.2, "Drop-ins", "Al", "Q4 2024/25", "A")
                    .row(5, 2, "Sleep")
                    .row(6, 2.1, "Helpline", "Sam", "Sept 24", "R");
            file = book.save(dir.resolve("numbered.xlsx"));
        }

        SheetPreview preview = read(file);

        PlanData plan = preview.plan().orElseThrow().plan();
        assertThat(preview.sheets().get(0).shape()).isEqualTo(SheetShape.HEADING_ROWS);
        assertThat(plan.priorities()).extracting(p -> p.name()).containsExactly("Speech and language", "Sleep");
        assertThat(plan.actions()).extracting(Action::title).containsExactly("Advice line", "Drop-ins", "Helpline");
        assertThat(action(plan, "Drop-ins").due()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(action(plan, "Helpline").due()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(preview.plan().orElseThrow().references().values()).containsExactlyInAnyOrder("1.1", "1.2",
                "2.1");
    }

    @Test
    void fillOnlyRatingIsAskedWithTheFillsColourOffered() throws Exception {
        Path file;
        try (Trackers.Book book = Trackers.xlsx().sheet("Plan")) {
            book.row(1, "Action", "Due", "RAG")
                    .row(2, "First", "31/12/2024", new Fill(IndexedColors.LIGHT_ORANGE))
                    .row(3, "Second", "31/12/2024", new Fill(IndexedColors.BRIGHT_GREEN));
            file = book.save(dir.resolve("fills.xlsx"));
        }

        SheetPreview preview = read(file);

        assertThat(preview.plan()).isEmpty();
        assertThat(preview.questions()).extracting(SheetQuestion::kind, SheetQuestion::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.STATUS_FILL, "amber fill"),
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.STATUS_FILL, "green fill"));
        assertThat(preview.questions().get(0).places()).containsExactly("Sheet 'Plan', row 2, cell C2");
        assertThat(preview.questions().get(0).choices()).extracting(SheetQuestion.Choice::code)
                .containsExactly("at_risk", "not_started");

        SheetAnswers answers = SheetAnswers.NONE.with(SheetQuestion.Kind.STATUS_FILL, "amber fill", "at_risk")
                .with(SheetQuestion.Kind.STATUS_FILL, "green fill", "not_started");
        PlanData plan = SheetReader.preview(file, SheetRequest.of(null, answers, List.of(), STAMP)).plan()
                .orElseThrow().plan();
        assertThat(action(plan, "First").status()).isEqualTo(Status.AT_RISK);
        assertThat(action(plan, "Second").status()).isEqualTo(Status.NOT_STARTED);
    }
}
