package com.beepercomposer.compose;

import com.beepercomposer.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every chat's draft on disk so nothing typed is lost to a crash or a restart. Written to
 * a temporary file and moved into place, so a crash mid-write keeps the previous drafts. The
 * single {@code draft.json} of older versions is taken over on first load and then renamed.
 * Blocking: call off the FX thread.
 */
public final class DraftStore {
    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);
    static final String FILE = "drafts.json";
    static final String LEGACY_FILE = "draft.json";

    private final Path file;
    private final Path legacy;

    /** @param dataDir the directory holding {@value #FILE} (and maybe an older {@value #LEGACY_FILE}) */
    public DraftStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        this.legacy = dataDir.resolve(LEGACY_FILE);
    }

    public SavedDrafts load() {
        if (!Files.isRegularFile(file)) {
            return Files.isRegularFile(legacy) ? migrate() : SavedDrafts.NONE;
        }
        try {
            SavedDrafts drafts = Json.mapper().readValue(file.toFile(), SavedDrafts.class);
            return drafts == null ? SavedDrafts.NONE : drafts;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable saved drafts in {}: {}", file, e.getMessage());
            return SavedDrafts.NONE;
        }
    }

    /** The old single draft becomes its chat's draft; the old file is kept aside, not deleted. */
    private SavedDrafts migrate() {
        SavedDraft single;
        try {
            single = Json.mapper().readValue(legacy.toFile(), SavedDraft.class);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring an unreadable saved draft in {}: {}", legacy, e.getMessage());
            return SavedDrafts.NONE;
        }
        SavedDrafts drafts = SavedDrafts.migrated(single);
        if (save(drafts)) {
            try {
                Files.move(legacy, legacy.resolveSibling(LEGACY_FILE + ".migrated"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("Could not set the migrated draft file aside: {}", e.getMessage());
            }
        }
        return drafts;
    }

    /** True once the drafts are on disk. */
    public boolean save(SavedDrafts drafts) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            com.beepercomposer.settings.OwnerOnly.directory(dir);
            Path temp = Files.createTempFile(dir, "drafts", ".tmp");
            try {
                Json.mapper().writeValue(temp.toFile(), drafts);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            LOG.warn("Could not save the drafts to {}: {}", file, e.getMessage());
            return false;
        }
    }
}
