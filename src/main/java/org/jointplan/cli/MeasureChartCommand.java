package org.jointplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ValidationException;
import org.jointplan.service.MeasureCharts;
import org.jointplan.service.MeasureReports;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes a measure's chart as at today: its figures against target and trajectory, or its SPC chart. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Write a measure's chart to a PNG or SVG file: its figures with the target and trajectory,"
                + " or with --spc its Making Data Count SPC chart.")
final class MeasureChartCommand implements Callable<Integer> {
    @ParentCommand
    MeasureCommand measure;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURE-ID", converter = IdConverter.Measure.class,
            description = "The measure's id (measure list shows it).")
    UUID measureId;

    @Option(names = "--spc", description = "Draw the SPC chart: mean, process limits, special causes and icons.")
    boolean spc;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = PictureName.class,
            description = "The picture to write, replacing it whole: FILE.png or FILE.svg.")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = measure.root.openWorkspace()) {
            PlanData plan = MeasureReports.planOf(workspace, measureId);
            boolean replacing = Files.exists(out);
            MeasureCharts.write(plan, measureId, workspace.today(), spc, out);
            spec.commandLine().getOut().println("Wrote the " + (spc ? "SPC chart" : "chart") + " of '"
                    + plan.measures().stream().filter(m -> m.id().equals(measureId)).findFirst().orElseThrow().name()
                    + "' to " + out + (replacing ? ", replacing the file that was there." : "."));
            return 0;
        }
    }

    /** Reads --out: a .png or .svg file name. */
    static final class PictureName implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            try {
                MeasureCharts.requirePictureName(file);
            } catch (ValidationException e) {
                throw new InvalidValue(e.getMessage());
            }
            return file;
        }
    }
}
