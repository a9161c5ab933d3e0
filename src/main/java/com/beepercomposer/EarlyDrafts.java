package com.beepercomposer;

import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDrafts;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The saved drafts, read while JavaFX starts its toolkit: the main class starts the read, and
 * {@code init()} takes it. Reading them is Jackson's first use, about 80 ms from the class-data
 * archive, and the window shows the draft; while the toolkit starts, the second core has nothing
 * else to do.
 */
final class EarlyDrafts {
    private static Path readFrom;
    private static CompletableFuture<SavedDrafts> reading;

    private EarlyDrafts() {
    }

    /** Starts reading the drafts in {@code dataDir} in the background; the read is returned. */
    static synchronized CompletableFuture<SavedDrafts> start(Path dataDir) {
        readFrom = dataDir;
        reading = CompletableFuture.supplyAsync(() -> new DraftStore(dataDir).load());
        return reading;
    }

    /** The drafts read early from the same folder, once; else read now. */
    static SavedDrafts take(Path dataDir, DraftStore store) {
        CompletableFuture<SavedDrafts> read;
        synchronized (EarlyDrafts.class) {
            read = dataDir.equals(readFrom) ? reading : null;
            // Taken once, whoever asks: a window built again later reads what is on disk then.
            readFrom = null;
            reading = null;
        }
        if (read == null) {
            return store.load();
        }
        try {
            return read.join();
        } catch (java.util.concurrent.CompletionException e) {
            return store.load(); // the early read failed: as if it never ran
        }
    }
}
