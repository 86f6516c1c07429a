package org.jointplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The measures of a plan: list, add, record figures, import them, rebase the SPC limits, print the SPC chart. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measures and their figures: list, add, record, import, rebase, spc, chart.",
        subcommands = {MeasureListCommand.class, MeasureAddCommand.class, MeasureRecordCommand.class,
            MeasureImportCommand.class, MeasureRebaseCommand.class, MeasureSpcCommand.class})
final class MeasureCommand implements Runnable {
    @ParentCommand
    JointPlanCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Say what to do with measures: list, add, record, import, rebase, spc or chart");
    }
}
