package org.jointplan.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jointplan.service.LocalUser;
import org.jointplan.service.MergeService;
import org.jointplan.service.PackageService;
import org.jointplan.service.TaskRunner;
import org.jointplan.service.Workspace;

/**
 * The dialogs of File > Export package… and File > Open package…: choosing a .jplan file, asking for a passphrase,
 * and running the work as a Task on the store's background thread with a progress bar and a Cancel button. The main
 * window calls these; none of them touches the store on the FX thread.
 */
public final class PackageDialogs {
    private static final FileChooser.ExtensionFilter JPLAN =
            new FileChooser.ExtensionFilter("JointPlan package (*.jplan)", "*.jplan");

    private PackageDialogs() {
    }

    public static Optional<Path> chooseExportFile(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Export package");
        chooser.setInitialFileName(suggestedName + ".jplan");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    public static Optional<Path> chooseOpenFile(Window owner) {
        return Optional.ofNullable(chooser("Open package").showOpenDialog(owner)).map(File::toPath);
    }

    /**
     * Asks for a passphrase twice. Empty means "no passphrase" (an empty array); cancelling the dialog gives
     * nothing. JavaFX keeps a PasswordField's text as a String, which cannot be cleared: the copy we hand on can.
     */
    public static Optional<char[]> askExportPassphrase(Window owner) {
        PasswordField first = new PasswordField();
        PasswordField again = new PasswordField();
        Dialog<char[]> dialog = passphraseDialog(owner, "Protect the package",
                "A passphrase protects the package on its way by email; tell partners the passphrase another way"
                        + " (by phone, for example). Leave both fields empty for no passphrase.", first, again);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(Bindings.notEqual(first.textProperty(), again.textProperty()));
        return dialog.showAndWait();
    }

    public static Optional<char[]> askImportPassphrase(Window owner, String fileName) {
        PasswordField field = new PasswordField();
        Dialog<char[]> dialog = passphraseDialog(owner, "Passphrase", fileName + " is protected by a passphrase."
                + " Type the passphrase the sender gave you.", field);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        return dialog.showAndWait();
    }

    /** Work for the store's single background thread, so that packages never race with edits. */
    public static Executor onStoreThread(TaskRunner tasks) {
        return work -> tasks.run(() -> {
            work.run();
            return null;
        }, done -> { }, failure -> { });
    }

    /** @param passphrase as {@link #askExportPassphrase} gives it: null or empty for a package without one */
    public static Task<PackageService.Exported> exportTask(PackageService service, Workspace workspace, UUID planId,
                                                           Path out, char[] passphrase, LocalUser user) {
        return exportTask(service, workspace, planId, out, passphrase, user, java.util.List.of());
    }

    /** @param recipients the organisations the package is for, recorded in the exchange history */
    public static Task<PackageService.Exported> exportTask(PackageService service, Workspace workspace, UUID planId,
                                                           Path out, char[] passphrase, LocalUser user,
                                                           java.util.List<String> recipients) {
        char[] given = passphrase == null || passphrase.length == 0 ? null : passphrase;
        return task(given, progress -> service.exportPlan(workspace.store(), planId, out, given, user, recipients,
                progress));
    }

    public static Task<PackageService.Imported> importTask(PackageService service, Workspace workspace, Path file,
                                                           char[] passphrase) {
        return task(passphrase, progress -> service.importPackage(workspace.store(), file, passphrase, progress));
    }

    /**
     * Opening a package: a plan not in the store yet is added; a plan already in it is compared for review.
     *
     * @return a {@link PackageService.Imported} or a {@link MergeService.Proposal}
     */
    public static Task<Object> openTask(PackageService packages, MergeService merges, Workspace workspace, Path file,
                                        char[] passphrase) {
        return task(passphrase, progress -> {
            var pkg = packages.read(file, passphrase, f -> progress.accept(f * 0.4));
            if (workspace.plan(pkg.plan().id()).isPresent()) {
                return merges.prepare(workspace.store(), file, passphrase, f -> progress.accept(0.4 + f * 0.6));
            }
            return packages.importPackage(workspace.store(), file, passphrase, f -> progress.accept(0.4 + f * 0.6));
        });
    }

    /** Shows a small modal window with the task's progress and a Cancel button while the task runs. */
    public static <T> void run(Window owner, String title, Task<T> task, Executor executor, Consumer<T> onDone,
                               Consumer<Throwable> onFailure) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(false)); // the work stops at its next step, cleanly
        VBox box = new VBox(12, new Label(title), bar, cancel);
        box.getStyleClass().add("package-progress");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(box, 420, 140);
        scene.getStylesheets().add(css());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> task.cancel(false));
        task.setOnSucceeded(e -> {
            stage.close();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            stage.close();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> stage.close());
        stage.show();
        executor.execute(task);
    }

    private interface Work<T> {
        T run(DoubleConsumer progress);
    }

    private static <T> Task<T> task(char[] passphrase, Work<T> work) {
        return new Task<>() {
            @Override
            protected T call() {
                try {
                    return work.run(fraction -> {
                        if (isCancelled()) {
                            throw new CancellationException("Cancelled; nothing was changed.");
                        }
                        updateProgress(fraction, 1.0);
                    });
                } finally {
                    if (passphrase != null) {
                        Arrays.fill(passphrase, '\0');
                    }
                }
            }
        };
    }

    private static String css() {
        return Objects.requireNonNull(PackageDialogs.class.getResource("jointplan.css")).toExternalForm();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(JPLAN);
        return chooser;
    }

    private static Dialog<char[]> passphraseDialog(Window owner, String title, String text, PasswordField... fields) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        Label explanation = new Label(text);
        explanation.setWrapText(true);
        VBox box = new VBox(8, explanation);
        box.getChildren().addAll(fields);
        box.getStyleClass().add("passphrase-dialog");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(css());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? fields[0].getText().toCharArray() : null);
        return dialog;
    }
}
