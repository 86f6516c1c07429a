package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.ui.merge.MergeReviewWindow;
import org.jointplan.service.UserMessages;

/**
 * File > Export package… and File > Open package…, as the main window runs them. Opening a package of a plan that
 * is not in the store adds it; of a plan already there, shows the partner's changes for review.
 */
final class PackageActions {
    private final Stage stage;
    private final MainWindow window;
    private final PackageService service = new PackageService();
    private final MergeService merges = new MergeService(service);

    PackageActions(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
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
        var passphrase = PackageDialogs.askExportPassphrase(stage);
        if (passphrase.isEmpty()) {
            return;
        }
        var task = PackageDialogs.exportTask(service, window.workspace(), plan.id(), file.get(), passphrase.get(),
                window.user(), recipients.get());
        PackageDialogs.run(stage, "Exporting " + file.get().getFileName(), task,
                PackageDialogs.onStoreThread(window.tasks()),
                done -> {
                    Arrays.fill(passphrase.get(), '\0');
                    info("Package exported", "Saved " + done.file() + " (" + done.actions() + " actions"
                            + (done.encrypted() ? ", protected by a passphrase" : "") + "). Email it to partners;"
                            + " they open it with File > Open package.");
                },
                failure -> {
                    Arrays.fill(passphrase.get(), '\0');
                    error("The package was not exported", failure);
                });
    }

    void openPackage() {
        PackageDialogs.chooseOpenFile(stage).ifPresent(this::openPackage);
    }

    /** Opens a package chosen, double-clicked or given on the command line. */
    void openPackage(Path file) {
        window.model().background(() -> PackageService.isProtected(file), locked -> {
            char[] passphrase = null;
            if (locked) {
                var given = PackageDialogs.askImportPassphrase(stage, file.getFileName().toString());
                if (given.isEmpty()) {
                    return;
                }
                passphrase = given.get();
            }
            char[] secret = passphrase;
            var task = PackageDialogs.openTask(service, merges, window.workspace(), file, secret);
            PackageDialogs.run(stage, "Opening " + file.getFileName(), task,
                    PackageDialogs.onStoreThread(window.tasks()),
                    result -> {
                        clear(secret);
                        if (result instanceof MergeService.Proposal proposal) {
                            review(proposal);
                        } else if (result instanceof PackageService.Imported done) {
                            added(done);
                        }
                    },
                    failure -> {
                        clear(secret);
                        error("The package was not opened", failure);
                    });
        }, message -> info("The package was not opened", message));
    }

    private void added(PackageService.Imported done) {
        window.model().background(() -> window.workspace().plan(done.planId()).orElseThrow(), window::switchTo,
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
                window.switchTo(plan);
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
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    private void error(String header, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, UserMessages.of(failure));
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }
}
