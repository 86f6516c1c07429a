package org.jointplan.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The zip's central directory: the table of contents at the end of the file, which zip tools show. It is read
 * before any entry is inflated, to refuse early what the directory admits to (too many entries, unsafe or repeated
 * names, sizes over the limits), and so that the reader can check the entries it streams against it: a file cut
 * short loses its directory, and a zip that lists one thing while holding another is refused.
 */
final class ZipDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_BYTES = 22;
    private static final int ENTRY_BYTES = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    /** An entry as the directory lists it; sizes are only what the file claims. */
    record Listed(String name, long size) {
    }

    private ZipDirectory() {
    }

    static List<Listed> read(byte[] zip, PackageLimits limits) {
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(buf);
        if (end < 0) {
            throw new PackageException("The package is incomplete or damaged: its table of contents is missing"
                    + " (was the file cut short?).");
        }
        int count = Short.toUnsignedInt(buf.getShort(end + 10));
        long size = Integer.toUnsignedLong(buf.getInt(end + 12));
        long offset = Integer.toUnsignedLong(buf.getInt(end + 16));
        if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
            throw new PackageException("The package uses a zip extension (ZIP64) that JointPlan packages never need.");
        }
        if (buf.getShort(end + 4) != 0 || buf.getShort(end + 6) != 0
                || Short.toUnsignedInt(buf.getShort(end + 8)) != count) {
            throw new PackageException("The package is split across several files, which JointPlan does not read.");
        }
        if (count > limits.maxEntries()) {
            throw new PackageException("The package holds " + count + " entries; a JointPlan package holds at most "
                    + limits.maxEntries() + ".");
        }
        if (offset + size != end) {
            throw new PackageException("The package is damaged: its table of contents is not where it says.");
        }
        return entries(buf, (int) offset, end, count, limits);
    }

    /** The end record is the last 22 bytes, unless a comment follows it; its comment length must reach the end. */
    private static int findEnd(ByteBuffer buf) {
        int last = buf.limit() - END_BYTES;
        for (int pos = last; pos >= 0 && pos >= last - MAX_COMMENT; pos--) {
            if (buf.getInt(pos) == END_SIGNATURE && Short.toUnsignedInt(buf.getShort(pos + 20)) == last - pos) {
                return pos;
            }
        }
        return -1;
    }

    private static List<Listed> entries(ByteBuffer buf, int offset, int end, int count, PackageLimits limits) {
        List<Listed> listed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        int pos = offset;
        for (int i = 0; i < count; i++) {
            if (pos + ENTRY_BYTES > end || buf.getInt(pos) != ENTRY_SIGNATURE) {
                throw new PackageException("The package is damaged: its table of contents cannot be read.");
            }
            int flags = Short.toUnsignedInt(buf.getShort(pos + 8));
            int method = Short.toUnsignedInt(buf.getShort(pos + 10));
            long declared = Integer.toUnsignedLong(buf.getInt(pos + 24));
            int nameLength = Short.toUnsignedInt(buf.getShort(pos + 28));
            int next = pos + ENTRY_BYTES + nameLength + Short.toUnsignedInt(buf.getShort(pos + 30))
                    + Short.toUnsignedInt(buf.getShort(pos + 32));
            if (next > end) {
                throw new PackageException("The package is damaged: its table of contents cannot be read.");
            }
            String name = checkedName(buf, pos + ENTRY_BYTES, nameLength);
            if (!names.add(name)) {
                throw new PackageException("The package holds the entry " + name + " twice.");
            }
            if ((flags & 1) != 0 || (method != STORED && method != DEFLATED)) {
                throw new PackageException("The package's entry " + name + " is stored in a way JointPlan does not"
                        + " read (zip encryption or an unusual compression).");
            }
            if (declared > limits.maxEntryBytes()) {
                throw new PackageException(tooLarge(name, limits));
            }
            total += declared;
            if (total > limits.maxTotalBytes()) {
                throw new PackageException(tooLargeInTotal(limits));
            }
            listed.add(new Listed(name, declared));
            pos = next;
        }
        if (pos != end) {
            throw new PackageException("The package is damaged: its table of contents does not add up.");
        }
        return listed;
    }

    /** Names are only ever compared with the names we expect, never used as paths; odd ones are still refused. */
    private static String checkedName(ByteBuffer buf, int at, int length) {
        String name;
        try {
            name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buf.duplicate().position(at).limit(at + length)).toString();
        } catch (CharacterCodingException e) {
            throw new PackageException("The package holds an entry whose name is not readable text.");
        }
        checkName(name);
        return name;
    }

    static void checkName(String name) {
        boolean control = name.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
        if (name.isEmpty() || control || name.contains("..") || name.startsWith("/") || name.contains("\\")
                || name.contains(":")) {
            throw new PackageException("The package holds an entry with an unsafe name (" + printable(name)
                    + "); JointPlan refuses such packages.");
        }
    }

    static String tooLarge(String name, PackageLimits limits) {
        return "The package's entry " + name + " is larger than JointPlan accepts ("
                + PackageLimits.megabytes(limits.maxEntryBytes()) + ").";
    }

    static String tooLargeInTotal(PackageLimits limits) {
        return "The package's entries together are larger than JointPlan accepts ("
                + PackageLimits.megabytes(limits.maxTotalBytes()) + ").";
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(name.length(), 80); i++) {
            char c = name.charAt(i);
            shown.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return name.length() > 80 ? shown + "…" : shown.toString();
    }
}
