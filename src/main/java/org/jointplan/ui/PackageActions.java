package org.jointplan.ui;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.jointplan.service.PackageService;
import org.jointplan.service.UserMessages;

/** File > Export package… and File > Open package…, as the main window runs them. */
final class PackageActions {
    private final Stage stage;
    private final MainWindow window;
    private final PackageService service = new PackageService();

    PackageActions(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    void exportPlan() {
        var plan = window.model().plan();
        var file = PackageDialogs.chooseExportFile(stage, plan.plan().title().replaceAll("[\\\\/:*?\"<>|]", "-"));
        if (file.isEmpty()) {
            return;
        }
        var passphrase = PackageDialogs.askExportPassphrase(stage);
        if (passphrase.isEmpty()) {
            return;
        }
        var task = PackageDialogs.exportTask(service, window.workspace(), plan.id(), file.get(), passphrase.get(),
                window.user());
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
            var task = PackageDialogs.importTask(service, window.workspace(), file, secret);
            PackageDialogs.run(stage, "Opening " + file.getFileName(), task,
                    PackageDialogs.onStoreThread(window.tasks()),
                    done -> {
                        clear(secret);
                        window.model().background(() -> window.workspace().plan(done.planId()).orElseThrow(),
                                window::switchTo, message -> info("The plan was not opened", message));
                        info("Package opened", "Added '" + done.title() + "' (" + done.actions() + " actions) from "
                                + (done.fromOrganisation().isEmpty() ? "its sender" : done.fromOrganisation()) + ".");
                    },
                    failure -> {
                        clear(secret);
                        error("The package was not opened", failure);
                    });
        }, message -> info("The package was not opened", message));
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
