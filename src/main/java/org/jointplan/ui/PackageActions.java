package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.stage.Stage;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageOpener;
import org.jointplan.service.PackageService;
import org.jointplan.ui.merge.MergeReviewWindow;

/**
 * File > Export package… and File > Open package…, as the main window runs them. What opening a package comes to
 * (a plan added, a partner's changes to review, a passphrase to ask for) is the service's answer, not decided here.
 */
final class PackageActions {
    private final Stage stage;
    private final OpenPlan window;
    private final PackageService service = new PackageService();
    private final MergeService merges = new MergeService(service);
    private final PackageOpener opener = new PackageOpener(service, merges);

    PackageActions(OpenPlan open) {
        this.stage = open.owner();
        this.window = open;
    }

    void exportPlan() {
        var plan = window.model().plan();
        var file = PackageDialogs.chooseExportFile(stage, FileNames.from(plan.plan().title()));
        if (file.isEmpty()) {
            return;
        }
        var recipients = RecipientsDialog.ask(stage, plan.partners());
        if (recipients.isEmpty()) {
            return;
        }
        var choice = PackageDialogs.askExport(stage);
        if (choice.isEmpty()) {
            return;
        }
        var task = PackageDialogs.exportTask(service, window.workspace(), plan.id(), file.get(),
                choice.get().options(recipients.get()), window.user());
        PackageDialogs.run(stage, "Exporting " + file.get().getFileName(), task,
                PackageDialogs.onStoreThread(window.tasks()),
                done -> {
                    clear(choice.get().passphrase());
                    info("Package exported", "Saved " + done.file() + " (" + done.actions() + " actions"
                            + (done.encrypted() ? ", protected by a passphrase" : "") + "). Email it to partners;"
                            + " they open it with File > Open package.");
                },
                failure -> {
                    clear(choice.get().passphrase());
                    error("The package was not exported", failure);
                });
    }

    void openPackage() {
        PackageDialogs.chooseOpenFile(stage).ifPresent(this::openPackage);
    }

    /** Opens a package chosen, double-clicked or given on the command line. */
    void openPackage(Path file) {
        open(file, null);
    }

    /** The service reads the package once and says what it is; a locked one asks for its passphrase, again. */
    private void open(Path file, char[] passphrase) {
        var task = PackageDialogs.openTask(opener, window.workspace(), file, passphrase);
        PackageDialogs.run(stage, "Opening " + file.getFileName(), task,
                PackageDialogs.onStoreThread(window.tasks()),
                opened -> {
                    clear(passphrase);
                    if (opened instanceof PackageOpener.Added added) {
                        added(added.imported());
                    } else if (opened instanceof PackageOpener.ToReview toReview) {
                        review(toReview.proposal());
                    } else if (opened instanceof PackageOpener.Locked locked) {
                        PackageDialogs.askImportPassphrase(stage, locked.fileName(), locked.problem())
                                .ifPresent(given -> open(file, given));
                    }
                },
                failure -> {
                    clear(passphrase);
                    error("The package was not opened", failure);
                });
    }

    private void added(PackageService.Imported done) {
        window.model().background(() -> window.workspace().plan(done.planId()).orElseThrow(), window.show(),
                message -> info("The plan was not opened", message));
        info("Package opened", "Added '" + done.title() + "' (" + done.actions() + " actions) from "
                + (done.fromOrganisation().isEmpty() ? "its sender" : done.fromOrganisation()) + ".");
    }

    /** Shows the review on the package's plan, opening that plan first if another one is shown. */
    private void review(MergeService.Proposal proposal) {
        Runnable show = () -> new MergeReviewWindow(stage, window.model(), merges, proposal,
                summary -> { }).show();
        if (window.model().plan().id().equals(proposal.local().id())) {
            show.run();
        } else {
            window.model().background(() -> window.workspace().plan(proposal.local().id()).orElseThrow(), plan -> {
                window.show().accept(plan);
                show.run();
            }, message -> info("The plan was not opened", message));
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    private void info(String header, String text) {
        window.notices().info(header, text);
    }

    private void error(String header, Throwable failure) {
        window.notices().error(header, failure);
    }
}
