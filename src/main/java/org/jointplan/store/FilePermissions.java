package org.jointplan.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A store holds private notes: a new store is readable by its owner only, and its copies (backups, a restored
 * backup) get the store's own permissions. Where the file system has no POSIX permissions, the defaults stand.
 */
public final class FilePermissions {
    public static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private FilePermissions() {
    }

    /** Creates a folder (and missing parents) for its owner only; an existing folder is left as it is. */
    static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix(folder.getParent())) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates an empty file with the permissions of {@code model}, or the owner's only when there is none. */
    static void createEmptyLike(Path file, Path model) throws IOException {
        if (!posix(file.getParent())) {
            Files.createFile(file);
            return;
        }
        Set<PosixFilePermission> permissions = of(model);
        FileAttribute<?> attribute = PosixFilePermissions.asFileAttribute(permissions);
        Files.createFile(file, attribute);
        Files.setPosixFilePermissions(file, permissions); // the umask may have taken some away
    }

    /**
     * Copies {@code from} to a new file {@code to} that has the permissions of {@code model} from the start, so its
     * bytes are never readable by more people than the store's.
     */
    public static void copyLike(Path from, Path to, Path model) throws IOException {
        createEmptyLike(to, model);
        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE)) {
            Files.copy(from, out);
        }
    }

    private static Set<PosixFilePermission> of(Path model) throws IOException {
        return model != null && Files.exists(model) && posix(model) ? Files.getPosixFilePermissions(model)
                : PRIVATE_FILE;
    }

    private static boolean posix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
