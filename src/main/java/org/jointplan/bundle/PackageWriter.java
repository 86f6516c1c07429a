package org.jointplan.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.PlanRules;

/**
 * Makes a package from a plan: plan.json, timeline.png and summary.html, listed with their checksums in
 * manifest.json, zipped, and sealed with the passphrase when one is given. The result is bytes; the caller writes
 * them to a file (atomically). A package this writer makes is always one the reader accepts: the same limits apply.
 *
 * <p>Progress goes to a {@link DoubleConsumer} between steps, as a fraction from 0 to 1. The consumer may throw
 * (e.g. a CancellationException) to stop the work there; nothing has been written at that point.
 */
public final class PackageWriter {
    private final PackageLimits limits;

    public PackageWriter() {
        this(PackageLimits.DEFAULT);
    }

    public PackageWriter(PackageLimits limits) {
        this.limits = limits;
    }

    /** @param passphrase null for a plain package; the caller keeps and clears the array */
    public byte[] write(PlanData data, ExportDetails details, char[] passphrase, DoubleConsumer progress) {
        List<String> problems = PlanRules.problems(data);
        if (!problems.isEmpty()) {
            throw new PackageException("This plan breaks a rule, so it was not exported: "
                    + JsonErrors.lowerFirst(problems.get(0)));
        }
        if (passphrase != null) {
            PackageCrypto.requirePassphrase(passphrase);
        }
        progress.accept(0.05);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PackageFormat.PLAN, json(data));
        if (entries.get(PackageFormat.PLAN).length > Math.min(limits.maxEntryBytes(), PlanJson.MAX_DOCUMENT_LENGTH)) {
            throw new PackageException("This plan is too large to put in a package ("
                    + PackageLimits.megabytes(entries.get(PackageFormat.PLAN).length) + ").");
        }
        progress.accept(0.3);
        entries.put(PackageFormat.SUMMARY, SummaryHtml.html(data, details).getBytes(StandardCharsets.UTF_8));
        progress.accept(0.45);
        entries.put(PackageFormat.TIMELINE,
                TimelinePicture.png(data, details.exportedAt().atZone(ExportDetails.UK).toLocalDate()));
        progress.accept(0.65);
        byte[] zip = readable(manifest(data, details, entries), entries, details);
        progress.accept(0.85);
        byte[] file = passphrase == null ? zip : PackageCrypto.encrypt(zip, passphrase);
        if (file.length > limits.maxPackageBytes()) {
            throw new PackageException("This plan is too large to put in a package ("
                    + PackageLimits.megabytes(file.length) + "; the limit is "
                    + PackageLimits.megabytes(limits.maxPackageBytes()) + ").");
        }
        progress.accept(0.95);
        return file;
    }

    private static byte[] manifest(PlanData data, ExportDetails details, Map<String, byte[]> entries) {
        List<Manifest.Entry> listed = new ArrayList<>();
        entries.forEach((name, content) -> listed.add(Manifest.Entry.of(name, content)));
        Manifest manifest = new Manifest(PackageFormat.VERSION, "JointPlan", details.applicationVersion(),
                data.id(), data.plan().title(), details.exportedAt(), details.organisation(), details.person(),
                listed, details.packageId(), details.basedOnPackageId());
        try {
            // indented: a person checking a package by hand reads this file first
            return PlanJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The manifest could not be written as JSON.", e);
        }
    }

    private static byte[] json(PlanData data) {
        try {
            return PlanJson.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The plan could not be written as JSON.", e);
        }
    }

    /**
     * The zip, read back through the reader's own limits before it is handed on. Text that repeats itself (a note
     * pasted many times) deflates further than the reader's zip-bomb ratio allows; such a plan goes uncompressed.
     */
    private byte[] readable(byte[] manifest, Map<String, byte[]> entries, ExportDetails details) {
        byte[] deflated = zip(manifest, entries, details, ZipEntry.DEFLATED);
        try {
            return readBack(deflated);
        } catch (PackageException tooFar) {
            try {
                return readBack(zip(manifest, entries, details, ZipEntry.STORED));
            } catch (PackageException e) {
                throw new PackageException("This plan cannot be exported within the limits JointPlan reads packages"
                        + " by: " + JsonErrors.lowerFirst(e.getMessage()), e);
            }
        }
    }

    private byte[] readBack(byte[] zip) {
        new LimitedUnzip(limits).read(zip, ZipDirectory.read(zip, limits));
        return zip;
    }

    /** The manifest comes first, so that a reader (or a person with a zip tool) meets it before the rest. */
    private static byte[] zip(byte[] manifest, Map<String, byte[]> entries, ExportDetails details, int method) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.get(PackageFormat.PLAN).length / 4 + 65536);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, PackageFormat.MANIFEST, manifest, details, method);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue(), details, method);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, ExportDetails details, int method)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(details.exportedAt().toEpochMilli());
        entry.setMethod(method);
        if (method == ZipEntry.STORED) { // a stored entry's sizes and checksum go before its bytes
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
