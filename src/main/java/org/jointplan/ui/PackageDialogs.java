package org.jointplan.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jointplan.service.ExportOptions;
import org.jointplan.service.LocalUser;
import org.jointplan.service.ExportPassphrase;
import org.jointplan.service.PackageOpener;
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

    /**
     * Where File > Export package asks for the file: the system's file chooser. A robot cannot drive a native dialog,
     * so the keyboard journey test puts a chooser of its own here; nothing else should.
     */
    static java.util.function.BiFunction<Window, String, Optional<Path>> exportFiles = PackageDialogs::systemExportFile;

    public static Optional<Path> chooseExportFile(Window owner, String suggestedName) {
        return exportFiles.apply(owner, suggestedName);
    }

    private static Optional<Path> systemExportFile(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Export package");
        chooser.setInitialFileName(suggestedName + ".jplan");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    public static Optional<Path> chooseOpenFile(Window owner) {
        return Optional.ofNullable(chooser("Open package").showOpenDialog(owner)).map(File::toPath);
    }

    /** What the export dialog asked: the passphrase (empty for none) and whether private notes go too. */
    public record ExportChoice(char[] passphrase, boolean includePrivateNotes) {
        /** The export this choice asks for, to these recipients. */
        public ExportOptions options(List<String> recipients) {
            return new ExportOptions(passphrase.length == 0 ? null : passphrase, includePrivateNotes, recipients);
        }
    }

    /**
     * Asks for a passphrase twice, and whether to send the private notes. Empty fields mean "no passphrase" (an
     * empty array); cancelling the dialog gives nothing. OK stays disabled, with the reason shown, until the two
     * fields agree. JavaFX keeps a PasswordField's text as a String, which cannot be cleared: the copy we hand on
     * can.
     */
    public static Optional<ExportChoice> askExport(Window owner) {
        PasswordField first = new PasswordField();
        PasswordField again = new PasswordField();
        CheckBox notes = new CheckBox("Include my private notes on actions");
        Label problem = problemLabel();
        problem.textProperty().bind(Bindings.createStringBinding(() -> ExportPassphrase.problem(first.getText(),
                again.getText()).orElse(""), first.textProperty(), again.textProperty()));
        Dialog<char[]> dialog = passphraseDialog(owner, "Export package",
                "A passphrase protects the package on its way by email; tell partners the passphrase another way"
                        + " (by phone, for example). Leave both fields empty for no passphrase.",
                labelled("_Passphrase", first), labelled("_Type it again", again), problem, notes);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? first.getText().toCharArray() : null);
        focusOnShow(dialog, first);
        return dialog.showAndWait().map(passphrase -> new ExportChoice(passphrase, notes.isSelected()));
    }

    /** @param problem why the last passphrase did not open the package, or empty the first time */
    public static Optional<char[]> askImportPassphrase(Window owner, String fileName, String problem) {
        PasswordField field = new PasswordField();
        Label shown = problemLabel();
        shown.setText(problem);
        Dialog<char[]> dialog = passphraseDialog(owner, "Passphrase", fileName + " is protected by a passphrase."
                + " Type the passphrase the sender gave you.", labelled("_Passphrase", field), shown);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        focusOnShow(dialog, field);
        return dialog.showAndWait();
    }

    /** Work for the store's single background thread, so that packages never race with edits. */
    public static Executor onStoreThread(TaskRunner tasks) {
        return work -> tasks.run(() -> {
            work.run();
            return null;
        }, done -> { }, failure -> { });
    }

    public static Task<PackageService.Exported> exportTask(PackageService service, Workspace workspace, UUID planId,
                                                           Path out, ExportOptions options, LocalUser user) {
        return task(options.passphrase(), progress -> service.exportPlan(workspace.store(), planId, out, user,
                options, progress));
    }

    /** Opening a package: the service reads it once and says what it was (see {@link PackageOpener}). */
    public static Task<PackageOpener.Opened> openTask(PackageOpener opener, Workspace workspace, Path file,
                                                      char[] passphrase) {
        return task(passphrase, progress -> opener.open(workspace.store(), file, passphrase, progress));
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

    interface Work<T> {
        T run(DoubleConsumer progress);
    }

    /** Long work as a Task whose progress bar follows it and whose Cancel stops it at its next step. */
    static <T> Task<T> progressTask(Work<T> work) {
        return task(null, work);
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

    private static Dialog<char[]> passphraseDialog(Window owner, String title, String text, Node... content) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        Label explanation = new Label(text);
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, explanation);
        box.getChildren().addAll(content);
        box.getStyleClass().add("passphrase-dialog");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(css());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private static VBox labelled(String text, PasswordField field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }

    private static Label problemLabel() {
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("passphrase-problem");
        problem.setMinHeight(Region.USE_PREF_SIZE); // its line is kept even when empty, so nothing jumps
        return problem;
    }

    /** A dialog focuses its first button; typing belongs in the field, and Enter then presses OK. */
    private static void focusOnShow(Dialog<?> dialog, PasswordField field) {
        dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
    }
}
