package org.jointplan.ui;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointplan.domain.ReportPosition;
import org.jointplan.domain.Stamp;
import org.jointplan.service.BackgroundTaskRunner;
import org.jointplan.service.SamplePlan;
import org.jointplan.service.SheetExports;
import org.jointplan.service.SheetImports;

/**
 * Opens the window on a store and then the import preview of a tracker made from the sample plan with a few of the
 * ambiguities real trackers hold ("Amber/Green", "Summer 2025", a hidden row), or File > Export spreadsheet…, for a
 * screenshot of the whole screen (not a test): run under Xvfb with {@code store width height import|export}; it
 * quits after 40 seconds.
 */
public final class ImportSheetShot {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application, apart from main: a main class that is an Application needs JavaFX as modules. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(args.get(1)));
            stage.setHeight(Double.parseDouble(args.get(2)));
            BackgroundTaskRunner tasks = new BackgroundTaskRunner(Platform::runLater);
            MainWindow window = new MainWindow(stage, tasks, f -> { });
            window.open(Path.of(args.get(0)));
            stage.show();
            if (args.get(3).equals("export")) {
                later(14000, () -> {
                    MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
                    bar.getMenus().get(0).getItems().stream().filter(i -> "Export sp_readsheet…".equals(i.getText()))
                            .findFirst().ifPresent(MenuItem::fire);
                });
            } else {
                Path file = tracker();
                later(14000, () -> {
                    ImportSheetModel model = new ImportSheetModel((mapping, answers) -> SheetImports.preview(file,
                            mapping, answers, List.of(), new Stamp(Instant.now(), "County", "Officer")), tasks);
                    new ImportSheetWindow(stage, "Joint SEND Commissioning Delivery Plan 2024/25", model,
                            new ImportSheetWindow.Confirm() {
                                @Override
                                public void addAsNew(org.jointplan.sheet.SheetPreview p,
                                                     org.jointplan.domain.IncomingPlan i) {
                                }

                                @Override
                                public void update(org.jointplan.sheet.SheetPreview p,
                                                   org.jointplan.domain.IncomingPlan i) {
                                }
                            }).show();
                    model.read();
                });
            }
            later(100000, () -> {
                Platform.exit();
                System.exit(0);
            });
        }
    }

    /** The sample plan's tracker with an ambiguous rating, a season for a date and a hidden row. */
    static Path tracker() throws Exception {
        Path file = Files.createTempFile("Q2 tracker", ".xlsx");
        SheetExports.write(ReportPosition.of(SamplePlan.load(), LocalDate.of(2024, 9, 30)), false, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Tracker");
            sheet.getRow(5).getCell(9).setCellValue("Amber/Green");
            sheet.getRow(7).getCell(7).setBlank();
            sheet.getRow(7).getCell(7).setCellValue("Summer 2025");
            sheet.getRow(9).setZeroHeight(true);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    private static void later(long millis, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(r);
        });
        t.setDaemon(true);
        t.start();
    }
}
