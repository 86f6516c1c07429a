package org.jointplan.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams the zip's entries in file order and keeps the bytes of the entries JointPlan knows, by name. The limits
 * are enforced on the bytes as they are inflated, never on the sizes the zip declares (a declared size can lie),
 * and every entry must be the one the central directory lists at that place.
 */
final class LimitedUnzip {
    private static final int CHUNK = 64 * 1024;

    private final PackageLimits limits;
    private long total;

    LimitedUnzip(PackageLimits limits) {
        this.limits = limits;
    }

    /** The known entries' bytes by name; entries with other names are read through (and counted) but not kept. */
    Map<String, byte[]> read(byte[] zip, List<ZipDirectory.Listed> listed) {
        Map<String, byte[]> kept = new HashMap<>();
        CountingStream raw = new CountingStream(new ByteArrayInputStream(zip));
        try (ZipInputStream in = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            int index = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (index >= listed.size() || !listed.get(index).name().equals(entry.getName())) {
                    throw mismatch();
                }
                byte[] content = entry(in, entry.getName(), raw);
                if (content.length != listed.get(index).size()) {
                    throw mismatch();
                }
                if (PackageFormat.ENTRIES.contains(entry.getName())) {
                    kept.put(entry.getName(), content);
                }
                index++;
            }
            if (index != listed.size()) {
                throw mismatch();
            }
            return kept;
        } catch (IOException | IllegalArgumentException e) {
            String detail = e.getMessage() == null ? "" : " (" + JsonErrors.shown(e.getMessage()) + ")";
            throw new PackageException("The package is damaged: its zip data cannot be read" + detail + ".", e);
        }
    }

    private byte[] entry(ZipInputStream in, String name, CountingStream raw) throws IOException {
        long rawAtStart = raw.count;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            content.write(chunk, 0, n);
            total += n;
            if (content.size() > limits.maxEntryBytes()) {
                throw new PackageException(ZipDirectory.tooLarge(name, limits));
            }
            if (total > limits.maxTotalBytes()) {
                throw new PackageException(ZipDirectory.tooLargeInTotal(limits));
            }
            long compressed = Math.max(1, raw.count - rawAtStart);
            if (content.size() > limits.ratioFreeBytes() && content.size() / compressed > limits.maxRatio()) {
                throw new PackageException("The package's entry " + name + " expands far more than a real plan"
                        + " would (more than " + limits.maxRatio() + " times), the mark of a zip bomb.");
            }
        }
        return content.toByteArray();
    }

    private static PackageException mismatch() {
        return new PackageException("The package is damaged or was altered: its entries do not match its table of"
                + " contents.");
    }

    /** Counts the compressed bytes the zip stream has taken, to judge each entry's compression ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
