package org.jointplan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.ReportSnapshot;
import org.jointplan.service.CommitteePapers;
import org.jointplan.service.CommitteePapers.Format;

/**
 * File > Committee report…: asks what the paper is to say and where to save it, then builds and writes it in the
 * background with progress and Cancel. A cancel or a failure leaves any earlier file as it was.
 */
final class CommitteeReportCommand implements Command {
    /** Runs the writing: in the window, a progress dialog with Cancel on the store's background thread. */
    interface Runner {
        void run(String title, PackageDialogs.Work<Path> work, Consumer<Path> onDone, Consumer<Throwable> onFailure);
    }

    private final Supplier<PlanData> plan;
    private final Consumer<Consumer<CommitteeReportDialog.Request>> ask;
    private final BiFunction<String, Format, Optional<Path>> chooseFile;
    private final Runner runner;
    private final Notices notices;

    CommitteeReportCommand(Supplier<PlanData> plan,
                           Consumer<Consumer<CommitteeReportDialog.Request>> ask,
                           BiFunction<String, Format, Optional<Path>> chooseFile, Runner runner, Notices notices) {
        this.plan = plan;
        this.ask = ask;
        this.chooseFile = chooseFile;
        this.runner = runner;
        this.notices = notices;
    }

    static CommitteeReportCommand of(OpenPlan open) {
        Supplier<PlanData> plan = open.model()::plan;
        return new CommitteeReportCommand(plan,
                onConfirm -> warmUpThenAsk(() -> new CommitteeReportDialog(open.owner(), plan.get(), defaultAsAt(plan.get(),
                        open.model().asAtProperty().get(), open.model().shownDate()), open.user().organisation())
                        .show(onConfirm)),
                (name, format) -> {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Save the committee report");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(switch (format) {
                        case PDF -> "PDF document";
                        case DOCX -> "Word document";
                        case HTML -> "Web page";
                    }, "*." + format.extension()));
                    chooser.setInitialFileName(name);
                    return Optional.ofNullable(chooser.showSaveDialog(open.owner())).map(java.io.File::toPath);
                },
                (title, work, onDone, onFailure) -> PackageDialogs.run(open.owner(), title,
                        PackageDialogs.progressTask(work), PackageDialogs.onStoreThread(open.tasks()),
                        onDone, onFailure),
                open.notices());
    }

    /** While the officer fills in the dialog, the Word and PDF libraries load on a low-priority thread of their own. */
    private static void warmUpThenAsk(Runnable ask) {
        Thread warmUp = new Thread(CommitteePapers::warmUp, "committee-paper-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        ask.run();
    }

    /**
     * The date the window shows the plan as at, when one was chosen; else the last position recorded by today,
     * since a paper reports the position recorded for its committee; else today.
     *
     * @param chosen the window's as-at date, null while it shows today
     */
    static LocalDate defaultAsAt(PlanData plan, LocalDate chosen, LocalDate today) {
        if (chosen != null) {
            return chosen;
        }
        return plan.snapshots().stream().map(ReportSnapshot::asAt).filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder()).orElse(today);
    }

    @Override
    public void execute() {
        ask.accept(request -> {
            PlanData data = plan.get();
            ReportPosition position;
            try {
                position = ReportPosition.of(data, request.asAt());
                CommitteePapers.requireSomethingToReport(position);
                CommitteePapers.marking(request.options().marking());
            } catch (RuntimeException refused) {
                notices.error("The report was not written", refused);
                return;
            }
            String name = FileNames.from(data.plan().title() + " progress report " + request.asAt()) + "."
                    + request.format().extension();
            Optional<Path> file = chooseFile.apply(name, request.format());
            if (file.isEmpty()) {
                return;
            }
            runner.run("Writing the committee report", progress -> {
                CommitteePapers.write(position, request.options(), request.format(), file.get(), progress);
                return file.get();
            }, done -> notices.info("Committee report written", "Saved " + done + "."),
                    failure -> notices.error("The report was not written", failure));
        });
    }
}
