package com.beepercomposer.compose;

import com.beepercomposer.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the draft on disk so nothing typed is lost to a crash or a restart. Written to a
 * temporary file and moved into place, so a crash mid-write keeps the previous draft.
 * Blocking: call off the FX thread.
 */
public final class DraftStore {
    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);

    private final Path file;

    public DraftStore(Path file) {
        this.file = file;
    }

    public SavedDraft load() {
        if (!Files.isRegularFile(file)) {
            return SavedDraft.NONE;
        }
        try {
            SavedDraft draft = Json.mapper().readValue(file.toFile(), SavedDraft.class);
            return draft == null ? SavedDraft.NONE : draft;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring an unreadable saved draft in {}: {}", file, e.getMessage());
            return SavedDraft.NONE;
        }
    }

    public void save(SavedDraft draft) {
        try {
            com.beepercomposer.settings.OwnerOnly.directory(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "draft", ".tmp");
            Json.mapper().writeValue(temp.toFile(), draft);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the draft to {}: {}", file, e.getMessage());
        }
    }
}
