package org.jointplan.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointplan.sheet.SheetReaderTest.STAMP;
import static org.jointplan.sheet.SheetReaderTest.action;
import static org.jointplan.sheet.SheetReaderTest.notes;
import static org.jointplan.sheet.SheetReaderTest.partner;
import static org.jointplan.sheet.SheetReaderTest.priority;
import static org.jointplan.sheet.SheetReaderTest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jointplan.domain.Action;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV trackers in the encodings Excel and SharePoint write, and the questions an ambiguous tracker asks. */
class CsvAndQuestionsTest {
    @TempDir
    Path dir;

    @Test
    void windows1252CsvWithAPriorityColumnAndLineBreaksInQuotedCells() throws Exception {
        String text = "Priority,Ref,Action,Lead organisation,Start,Due,RAG,% complete,Comments\r\n"
                + "SLCN,1,Advice line – phase 2,NHS ICB,01/07/2024,30/09/2024,Green,50,\"Costs £12,000\r\nso far\"\r\n"
                + ",2,Training offer,NHS ICB,01/09/2024,31/03/2025,Blue,100,\r\n"
                + "Sleep,3,Sleep helpline,Nottinghamshire County Council,01/10/2024,31/12/2024,Red,10,Late\r\n";
        Path file = Trackers.csv(dir.resolve("tracker.csv"), text, Charset.forName("windows-1252"), false);

        SheetPreview preview = read(file);

        PlanData plan = preview.plan().orElseThrow().plan();
        assertThat(preview.sheets().get(0).shape()).isEqualTo(SheetShape.PRIORITY_COLUMN);
        assertThat(plan.priorities()).extracting(p -> p.name()).containsExactly("SLCN", "Sleep");
        Action advice = action(plan, "Advice line – phase 2");
        assertThat(advice.statusReason()).isEqualTo("Costs £12,000\nso far");
        assertThat(advice.percentComplete()).isEqualTo(50);
        Action training = action(plan, "Training offer");
        assertThat(priority(plan, training)).isEqualTo("SLCN"); // a blank priority cell carries the one above
        assertThat(training.status()).isEqualTo(Status.COMPLETE);
        assertThat(partner(plan, action(plan, "Sleep helpline"))).isEqualTo("Nottinghamshire County Council");
        assertThat(preview.rows()).extracting(ReadRow::where).containsExactly("Row 2", "Row 3", "Row 4"); // records, as Excel numbers its rows
    }

    @Test
    void utf8CsvWithAByteOrderMarkFromSharePointHasItsUsDatesReadMonthFirst() throws Exception {
        String text = "Title,Owner,Start Date,Due Date,Status\n"
                + "Dashboard dataset,Data lead,09/01/2024,12/31/2024,In Progress\n"
                + "Vital signs,Data lead,10/01/2024 9:00 AM,03/31/2025,Not Started\n";
        Path file = Trackers.csv(dir.resolve("SharePoint export.csv"), text, StandardCharsets.UTF_8, true);

        SheetPreview preview = read(file);

        PlanData plan = preview.plan().orElseThrow().plan();
        Action dataset = action(plan, "Dashboard dataset");
        assertThat(dataset.start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(dataset.due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(action(plan, "Vital signs").start()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n).contains("month first"));
    }

    @Test
    void ambiguousValuesAreAskedOnceEachAndTheirAnswersApplied() throws Exception {
        String text = "Ref,Action,Lead organisation,Start,Due,RAG\n"
                + "1,First,NCC,01/04/2024,Summer 2025,Amber/Green\n"
                + "2,Second,NCC,01/04/2024,31/03/2025,Amber/Green\n"
                + "3,Third,ICB,01/10/2024,30/09/2024,Paused\n";
        Path file = Trackers.csv(dir.resolve("ambiguous.csv"), text, StandardCharsets.UTF_8, false);

        SheetPreview preview = read(file);

        assertThat(preview.plan()).isEmpty();
        assertThat(preview.questions()).extracting(SheetQuestion::kind, SheetQuestion::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.DATE, "Summer 2025"),
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.STATUS, "Amber/Green"),
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.STATUS, "Paused"),
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.PARTNER, "NCC"),
                org.assertj.core.groups.Tuple.tuple(SheetQuestion.Kind.DATE_ORDER, "01/10/2024 > 30/09/2024"));
        SheetQuestion amberGreen = preview.questions().get(1);
        assertThat(amberGreen.places()).containsExactly("Row 2, cell F2", "Row 3, cell F3");
        assertThat(amberGreen.choices()).extracting(SheetQuestion.Choice::code).containsExactly("at_risk",
                "on_track");
        assertThat(preview.questions().get(3).choices()).extracting(SheetQuestion.Choice::code).containsExactly(
                "Nottingham City Council", "Nottinghamshire County Council", "new");
        assertThat(preview.rows().get(0).cells()).contains(new ReadCell("F2", SheetField.STATUS, "Amber/Green", "?"));

        SheetAnswers answers = new SheetAnswers(List.of(
                new SheetAnswers.Answer(SheetQuestion.Kind.DATE, "summer 2025", "last"),
                new SheetAnswers.Answer(SheetQuestion.Kind.STATUS, "Amber/Green", "AT_RISK"),
                new SheetAnswers.Answer(SheetQuestion.Kind.STATUS, "Paused", "red"),
                new SheetAnswers.Answer(SheetQuestion.Kind.PARTNER, "NCC", "Nottinghamshire County Council"),
                new SheetAnswers.Answer(SheetQuestion.Kind.DATE_ORDER, "01/10/2024 > 30/09/2024", "swap")));
        SheetPreview answered = SheetReader.preview(file, SheetRequest.of(null, answers, List.of(), STAMP));

        assertThat(answered.questions()).isEmpty();
        PlanData plan = answered.plan().orElseThrow().plan();
        Action first = action(plan, "First");
        assertThat(first.due()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(first.status()).isEqualTo(Status.AT_RISK);
        assertThat(partner(plan, first)).isEqualTo("Nottinghamshire County Council");
        Action third = action(plan, "Third");
        assertThat(third.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(third.start()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(third.due()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void anAnswerThatIsNoChoiceLeavesItsQuestionOpenWithANote() throws Exception {
        Path file = Trackers.csv(dir.resolve("a.csv"), "Action,Due,RAG\nOne,31/03/2025,Amber/Green\n",
                StandardCharsets.UTF_8, false);
        SheetAnswers answers = SheetAnswers.NONE.with(SheetQuestion.Kind.STATUS, "Amber/Green", "blue");

        SheetPreview preview = SheetReader.preview(file, SheetRequest.of(null, answers, List.of(), STAMP));

        assertThat(preview.questions()).hasSize(1);
        assertThat(notes(preview)).anySatisfy(n -> assertThat(n).contains("The answer 'blue' to 'Amber/Green' is not"
                + " one of its choices"));
    }

    @Test
    void aGivenMappingOverridesTheSuggestedOne() throws Exception {
        Path file = Trackers.csv(dir.resolve("m.csv"), "Task,When,Who\nOne,31/03/2025,Jo\n", StandardCharsets.UTF_8,
                false);
        SheetMapping mapping = SheetJson.parseMapping("{\"columns\": [{\"column\": \"C\", \"field\": \"IGNORED\"},"
                + " {\"header\": \"when\", \"field\": \"start\"}]}");

        SheetPreview preview = SheetReader.preview(file, SheetRequest.of(mapping, null, List.of(), STAMP));

        Action one = action(preview.plan().orElseThrow().plan(), "One");
        assertThat(one.start()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(one.owner()).isEmpty();
        assertThat(preview.mapping().fieldOf("B", "When")).contains(SheetField.START);
        assertThat(SheetJson.parseMapping(SheetJson.write(preview.mapping()))).isEqualTo(preview.mapping());
    }
}
