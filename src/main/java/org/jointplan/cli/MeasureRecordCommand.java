package org.jointplan.cli;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.Measure;
import org.jointplan.domain.MeasurePeriod;
import org.jointplan.domain.MeasureValue;
import org.jointplan.domain.PlanData;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MeasureReports;
import org.jointplan.service.Measures;
import org.jointplan.service.PlanSession;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Records one period's figure; a figure already there is replaced, and the output says which (it cannot ask). */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a measure's figure for a period; a period that has one has it replaced.")
final class MeasureRecordCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURE-ID", converter = IdConverter.Measure.class,
            description = "The measure's id (measure list shows it).")
    UUID measureId;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The month, 2024-07, or the"
            + " financial quarter, 2024-Q2 (July to September 2024), as the measure is reported.")
    String period;

    @Option(names = "--value", required = true, paramLabel = "V", converter = FigureValue.class,
            description = "The figure, e.g. 36.6 (a suppressed '< 5' cannot be stored: give the real figure).")
    Double value;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the figure, e.g. provisional.")
    String note;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            PlanData plan = MeasureReports.planOf(workspace, measureId);
            Measure m = Measures.measure(plan, measureId);
            MeasurePeriod p = MeasurePeriod.parse(m.frequency(), period);
            MeasureValue old = Measures.valuesOf(plan, measureId).stream().filter(v -> v.date().equals(p.start()))
                    .findFirst().orElse(null);
            var out = spec.commandLine().getOut();
            if (old != null && value.equals(old.actual()) && (note == null || note.equals(old.note()))) {
                out.println("Nothing to change: " + p.label() + " of '" + m.name() + "' already has "
                        + m.format(value) + ".");
                return 0;
            }
            var change = Measures.record(plan, measureId, List.of(new Measures.Entry(p, value, null, note)),
                    workspace.today(), Measures.OnExisting.REPLACE);
            new PlanSession(workspace.store(), LocalUser.of(workspace.store()), plan).apply(change);
            if (old == null || old.actual() == null) {
                out.println("Recorded " + m.format(value) + " for " + p.label() + " of '" + m.name() + "'.");
            } else if (Objects.equals(old.actual(), value)) {
                out.println("Recorded the note for " + p.label() + " of '" + m.name() + "'.");
            } else {
                out.println("Recorded " + p.label() + " of '" + m.name() + "': replaced " + m.format(old.actual())
                        + " with " + m.format(value) + ".");
            }
            return 0;
        }
    }
}
