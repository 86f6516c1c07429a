package org.jointplan.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointplan.domain.PlanData;
import org.jointplan.domain.Stamp;
import org.jointplan.sheet.SheetAnswers;
import org.jointplan.sheet.SheetException;
import org.jointplan.sheet.SheetJson;
import org.jointplan.sheet.SheetMapping;
import org.jointplan.sheet.SheetPreview;
import org.jointplan.sheet.SheetReader;
import org.jointplan.sheet.SheetRequest;
import org.jointplan.store.Store;

/**
 * Spreadsheet trackers read into a preview of the plan they hold, before anything is stored (issue 16). The preview's
 * plan is added with {@code IncomingPlans.addAsNew} or merged through {@code IncomingPlans.proposeUpdate}. The
 * mapping a person confirms is remembered in the store's settings for the next file of the same layout (the same
 * header words).
 */
public final class SheetImports {
    static final String MAPPING_SETTING = "sheet.mapping.";

    private SheetImports() {
    }

    /** The file read as a new plan, without a store: the suggested mapping unless one is given. */
    public static SheetPreview preview(Path file, SheetMapping mapping, SheetAnswers answers, List<String> sheets,
                                       Stamp stamp) {
        return SheetReader.preview(file, SheetRequest.of(mapping, answers, sheets, stamp));
    }

    /**
     * The file read for this store: without a mapping, the one remembered for its layout (else the suggested one);
     * when it will update a plan ({@code updating} not null), its lead organisations are matched to that plan's
     * partners and its statuses read in that plan's words too.
     */
    public static SheetPreview preview(Store store, Path file, SheetMapping mapping, SheetAnswers answers,
                                       List<String> sheets, Stamp stamp, UUID updating) {
        PlanData target = updating == null ? null : store.load(updating).orElseThrow(() -> new SheetException(
                "That plan is no longer in the store; choose another to update."));
        SheetRequest request = new SheetRequest(mapping, answers, sheets, stamp,
                target == null ? List.of() : target.partners(), target == null ? null : target.plan().bragKey());
        SheetPreview preview = SheetReader.preview(file, request);
        if (mapping == null) {
            Optional<SheetMapping> remembered = remembered(store, preview.headerKey());
            if (remembered.isPresent() && !remembered.get().equals(preview.mapping())) {
                preview = SheetReader.preview(file, new SheetRequest(remembered.get(), answers, sheets, stamp,
                        request.partners(), request.bragKey()));
            }
        }
        return preview;
    }

    /** Keeps the preview's mapping for the next file with the same header words. */
    public static void remember(Store store, SheetPreview preview) {
        if (!preview.headerKey().isEmpty()) {
            store.saveSetting(settingKey(preview.headerKey()), SheetJson.write(preview.mapping()));
        }
    }

    /** The mapping last confirmed for files with these header words, if any (an unreadable one is forgotten). */
    public static Optional<SheetMapping> remembered(Store store, String headerKey) {
        if (headerKey == null || headerKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return store.setting(settingKey(headerKey)).map(SheetJson::parseMapping);
        } catch (SheetException e) {
            return Optional.empty();
        }
    }

    static String settingKey(String headerKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(headerKey.getBytes(StandardCharsets.UTF_8));
            return MAPPING_SETTING + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
