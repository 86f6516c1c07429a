package org.jointplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MeasureFigures;
import org.jointplan.service.MeasureReports;
import org.jointplan.service.Measures;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Imports a CSV file of figures: all of them in one transaction, or none with the row at fault. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Record a measure's figures from a CSV file: period, value, then optionally trajectory and"
                + " note (by a header row's words, else in that order). All or nothing; periods that have figures"
                + " are replaced.")
final class MeasureImportCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURE-ID", converter = IdConverter.Measure.class,
            description = "The measure's id (measure list shows it).")
    UUID measureId;

    @Parameters(index = "1", paramLabel = "FILE.csv", description = "The CSV file (UTF-8 or Windows-1252).")
    Path file;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            PlanData plan = MeasureReports.planOf(workspace, measureId);
            Measure m = Measures.measure(plan, measureId);
            MeasureFigures.Figures figures = MeasureFigures.csv(file, m.frequency());
            Set<LocalDate> had = Measures.valuesOf(plan, measureId).stream().map(MeasureValue::date)
                    .collect(Collectors.toSet());
            long replaced = figures.entries().stream().filter(e -> had.contains(e.period().start())).count();
            var change = Measures.record(plan, measureId, figures.entries(), workspace.today(),
                    Measures.OnExisting.REPLACE);
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan).apply(change);
            int n = figures.entries().size();
            spec.commandLine().getOut().println("Imported " + n + (n == 1 ? " period" : " periods") + " into '"
                    + m.name() + "': " + (n - replaced) + " recorded, " + replaced + " replaced, "
                    + figures.skipped() + (figures.skipped() == 1 ? " line" : " lines") + " skipped (header or"
                    + " blank).");
            return 0;
        }
    }
}
