package org.jointplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jointplan.service.AppInfo;
import org.jointplan.service.LaunchRequest;
import org.jointplan.service.StoreLocation;
import org.jointplan.service.UserMessages;
import org.jointplan.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command line. With no command it opens the window (through the launcher it is given, so that this package
 * does not depend on the UI); with a command it works headless and prints to stdout, errors to stderr.
 */
@Command(name = "jointplan", mixinStandardHelpOptions = true, versionProvider = JointPlanCommand.Version.class,
        description = "Keeps a joint commissioning delivery plan. With no command, opens the window (and the plan"
                + " package PACKAGE, if given: what the desktop passes when a .jplan file is opened).",
        subcommands = {ListCommand.class, CheckCommand.class, ExportCommand.class, ImportCommand.class,
            DiffCommand.class, UpdateCommand.class, IdentityCommand.class, SnapshotCommand.class,
            ReportCommand.class, BaselineCommand.class, MeasureCommand.class, ExportTimelineCommand.class,
            ImportSheetCommand.class, ExportSheetCommand.class,
            ImportProjectCommand.class, ExportProjectCommand.class, ExportCalendarCommand.class,
            PresentCommand.class, ServerCommand.class, SyncCommand.class})
public final class JointPlanCommand implements Runnable {

    @Option(names = "--store", paramLabel = "FILE",
            description = "The plan store to use (default: $" + StoreLocation.ENVIRONMENT_VARIABLE
                    + ", else jointplan.sqlite in your application-data folder).")
    Path store;

    @Option(names = "--debug", description = "Print the full details of an error.")
    boolean debug;

    @Parameters(arity = "0..1", paramLabel = "PACKAGE", description = "A plan package (.jplan) to open in the window.")
    Path planPackage;

    @Spec
    CommandSpec spec;

    private final Consumer<LaunchRequest> openWindow;

    public JointPlanCommand(Consumer<LaunchRequest> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public void run() {
        // a mistyped command would otherwise be taken for a package: only .jplan names are packages
        if (planPackage != null && !LaunchRequest.isPackageName(planPackage)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + planPackage + "' is neither a command"
                    + " nor a plan package (.jplan); see jointplan --help.");
        }
        openWindow.accept(new LaunchRequest(storePath(), planPackage));
    }

    /** The store to use; the per-user data folder of the default store is created if missing. */
    Path storePath() {
        Path file = StoreLocation.choose(store);
        if (file.getParent().equals(StoreLocation.dataFolder())) {
            DefaultFolder.create(file.getParent());
        }
        return file;
    }

    /**
     * True for the common starts that only open the window: no arguments, or one plan package (what the desktop
     * passes for a double-clicked .jplan). Main then skips parsing with picocli, whose reflection costs about a
     * tenth of a second of start-up; anything else goes through {@link #execute}.
     */
    public static boolean isWindowOnlyStart(String... args) {
        if (args.length == 0) {
            return true;
        }
        try {
            return args.length == 1 && !args[0].startsWith("-") && LaunchRequest.isPackageName(Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The window request of a {@linkplain #isWindowOnlyStart window-only start}, chosen as {@link #run} does. */
    public static LaunchRequest windowOnlyRequest(String... args) {
        JointPlanCommand command = new JointPlanCommand(request -> { });
        return new LaunchRequest(command.storePath(), args.length == 1 ? Path.of(args[0]) : null);
    }

    /** Opens the store, creating it with the sample plan if it does not exist yet. */
    Workspace openWorkspace() {
        return Workspace.open(storePath());
    }

    /** Runs the command line and returns the exit code: 0 done, 1 failed, 2 wrong usage. */
    public static int execute(Consumer<LaunchRequest> openWindow, PrintWriter out, PrintWriter err, String... args) {
        JointPlanCommand root = new JointPlanCommand(openWindow);
        PrintWriter lines = new TerminalLines(out);
        PrintWriter errors = new TerminalLines(err);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(lines);
        commandLine.setErr(errors);
        commandLine.registerConverter(Integer.class, WholeNumber::of);
        commandLine.setParameterExceptionHandler((e, given) -> {
            errors.println(UsageErrors.sentence(e));
            errors.flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            errors.println(e instanceof CommandFailure ? e.getMessage()
                    : UserMessages.of(e, "run the command again with --debug to see the details"));
            if (root.debug) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                trace.toString().lines().forEach(line -> errors.println(line.replace("\t", "    ")));
            }
            errors.flush();
            return 1;
        });
        int code = commandLine.execute(args);
        lines.flush();
        errors.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
