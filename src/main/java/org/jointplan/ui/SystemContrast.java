package org.jointplan.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to high contrast. JavaFX 21 has no public way to ask (Platform.Preferences
 * came in JavaFX 22), so each system's own setting is read: the Windows registry's HighContrast flags, GNOME's
 * a11y setting, macOS's "Increase contrast". Asked once, off the FX thread; any failure counts as "no".
 */
final class SystemContrast {
    private SystemContrast() {
    }

    static boolean isHighContrast() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return windowsSaysOn(run(List.of("reg", "query", "HKCU\\Control Panel\\Accessibility\\HighContrast",
                    "/v", "Flags")));
        }
        if (os.contains("mac")) {
            return "1".equals(run(List.of("defaults", "read", "com.apple.universalaccess", "increaseContrast"))
                    .strip());
        }
        return "true".equals(run(List.of("gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast"))
                .strip());
    }

    /** Windows' answer ("Flags    REG_SZ    127"): on when the flags have HCF_HIGHCONTRASTON, bit 0. */
    static boolean windowsSaysOn(String regOutput) {
        for (String line : regOutput.split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3 && parts[0].equalsIgnoreCase("Flags")) {
                try {
                    return (Long.decode(parts[2]) & 1) == 1;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                byte[] out = in.readNBytes(4096);
                if (!p.waitFor(3, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return "";
                }
                return p.exitValue() == 0 ? new String(out, StandardCharsets.US_ASCII) : "";
            }
        } catch (IOException e) {
            return ""; // no such tool on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
