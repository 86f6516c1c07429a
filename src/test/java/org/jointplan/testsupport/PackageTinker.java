package org.jointplan.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jointplan.bundle.Manifest;
import org.jointplan.bundle.PackageFormat;
import org.jointplan.bundle.PlanJson;

/**
 * Builds damaged and hostile packages for tests from a good one: unzip it (the test trusts its own package), change
 * entries, optionally give the manifest matching checksums again, zip it back, or patch the zip's bytes directly.
 */
public final class PackageTinker {
    private final Map<String, byte[]> entries;

    private PackageTinker(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    public static PackageTinker of(byte[] plainPackage) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plainPackage))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageTinker(entries);
    }

    public byte[] entry(String name) {
        return entries.get(name);
    }

    public PackageTinker put(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    public PackageTinker put(String name, String content) {
        return put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public PackageTinker remove(String name) {
        entries.remove(name);
        return this;
    }

    /** Changes the plan as a JSON tree; the manifest is not touched (see {@link #resign()}). */
    public PackageTinker editPlan(Consumer<ObjectNode> edit) {
        return put(PackageFormat.PLAN, edited(entries.get(PackageFormat.PLAN), edit));
    }

    public PackageTinker editManifest(Consumer<ObjectNode> edit) {
        return put(PackageFormat.MANIFEST, edited(entries.get(PackageFormat.MANIFEST), edit));
    }

    /** Gives the manifest the right size and checksum for every entry again, as a careful attacker would. */
    public PackageTinker resign() {
        return editManifest(m -> {
            ArrayNode list = m.putArray("entries");
            entries.forEach((name, content) -> {
                if (!name.equals(PackageFormat.MANIFEST)) {
                    Manifest.Entry e = Manifest.Entry.of(name, content);
                    list.addObject().put("name", e.name()).put("size", e.size()).put("sha256", e.sha256());
                }
            });
        });
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Replaces every occurrence of a name in the zip's headers: the way to make names ZipOutputStream refuses. */
    public static byte[] renameInPlace(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] out = zip.clone();
        int found = 0;
        for (int i = 0; i + a.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
                found++;
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException(from + " not found");
        }
        return out;
    }

    /** Makes the central directory claim a different uncompressed size for an entry (a declared size can lie). */
    public static byte[] declareSize(byte[] zip, String name, long size) {
        byte[] out = zip.clone();
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= out.length; i++) {
            if (buf.getInt(i) == 0x02014b50 && Short.toUnsignedInt(buf.getShort(i + 28)) == wanted.length
                    && Arrays.equals(out, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                buf.putInt(i + 24, (int) size);
                return out;
            }
        }
        throw new IllegalArgumentException(name + " not in the central directory");
    }

    private static byte[] edited(byte[] json, Consumer<ObjectNode> edit) {
        try {
            JsonNode tree = PlanJson.mapper().readTree(json);
            edit.accept((ObjectNode) tree);
            return PlanJson.mapper().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
