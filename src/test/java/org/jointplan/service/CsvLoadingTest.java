package org.jointplan.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commons CSV is loaded only when a CSV file is read: a paste does not touch it. Checked in a class loader of its
 * own, which loads our classes and the library afresh, so that what other tests loaded does not count.
 */
class CsvLoadingTest {
    /** A loader that says which classes it has loaded itself. */
    private static final class Fresh extends URLClassLoader {
        Fresh(URL... urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void aPasteLeavesCommonsCsvUnloadedAndACsvFileLoadsIt(@TempDir Path dir) throws Exception {
        URL classes = MeasureFigures.class.getProtectionDomain().getCodeSource().getLocation();
        URL library = CSVFormat.class.getProtectionDomain().getCodeSource().getLocation();
        URL io = org.apache.commons.io.IOUtils.class.getProtectionDomain().getCodeSource().getLocation();
        URL codec = org.apache.commons.codec.binary.Base64.class.getProtectionDomain().getCodeSource().getLocation();
        try (Fresh loader = new Fresh(classes, library, io, codec)) {
            Class<?> figures = loader.loadClass(MeasureFigures.class.getName());
            Class<?> frequency = loader.loadClass("org.jointplan.domain.Frequency");
            Class<?> period = loader.loadClass("org.jointplan.domain.MeasurePeriod");
            Object monthly = frequency.getField("MONTHLY").get(null);
            Method pasted = figures.getMethod("pasted", String.class, frequency, period);
            pasted.invoke(null, "Month\tValue\n2024-07\t36.6\n", monthly, null);
            assertFalse(loader.loaded(CSVFormat.class.getName()), "a paste loaded Commons CSV");

            Path file = dir.resolve("f.csv");
            Files.writeString(file, "2024-07,36.6\n");
            figures.getMethod("csv", Path.class, frequency).invoke(null, file, monthly);
            assertTrue(loader.loaded(CSVFormat.class.getName()), "the check can tell when it is loaded");
        }
    }
}
