package org.jointplan.launch;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a second start hands to the window already open on the same store: "come to the front", and perhaps a plan
 * package to open. Written as a tiny properties file so that it is readable when someone looks in the folder.
 */
public record HandOff(Optional<Path> planPackage) {
    static final String FORMAT = "jointplan-handoff-1";

    public HandOff {
        planPackage = planPackage.map(Path::toAbsolutePath);
    }

    String write() {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        planPackage.ifPresent(p -> properties.setProperty("package", p.toString()));
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string", e);
        }
        return out.toString();
    }

    /** The hand-off in the text, or empty when the text is not one (a stray or damaged file is ignored). */
    static Optional<HandOff> read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!FORMAT.equals(properties.getProperty("format"))) {
            return Optional.empty();
        }
        String file = properties.getProperty("package");
        if (file == null) {
            return Optional.of(new HandOff(Optional.empty()));
        }
        try {
            Path path = Path.of(file);
            return path.isAbsolute() ? Optional.of(new HandOff(Optional.of(path))) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
