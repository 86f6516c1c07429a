package org.jointplan.cli;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.MeasureProgress;
import org.jointplan.service.MeasureReports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints a measure's SPC chart as of today as JSON (docs/report-format.md, "SPC"). */
@Command(name = "spc", mixinStandardHelpOptions = true,
        description = "Print a measure's SPC chart (Making Data Count, as NHSRplotthedots computes it) as JSON: mean,"
                + " process limits, each point's classification and rules, the variation and assurance icons.")
final class MeasureSpcCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURE-ID", converter = IdConverter.Measure.class,
            description = "The measure's id (measure list shows it).")
    UUID measureId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = JsonOnly.class,
            description = "json (the default).")
    String format;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            var plan = MeasureReports.planOf(workspace, measureId);
            MeasureProgress progress = MeasureReports.progress(plan, measureId, workspace.today());
            if (progress.spc() == null) {
                throw new CommandFailure("'" + progress.measure().name() + "' has no figures yet, so it has no SPC"
                        + " chart; record them with measure record or measure import.");
            }
            spec.commandLine().getOut().print(new String(MeasureReports.spcJson(progress, workspace.today()),
                    StandardCharsets.UTF_8));
            spec.commandLine().getOut().println();
            return 0;
        }
    }

    /** Reads spc --format: JSON is the one format. */
    static final class JsonOnly implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.strip().equalsIgnoreCase("json")) {
                return "json";
            }
            throw new InvalidValue("'" + value + "' is not a format of measure spc; use --format json.");
        }
    }
}
