package com.beepercomposer.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Pasted content that has to become a file before it can be uploaded. Each file lives in its
 * own temporary folder, so it keeps a readable name; it is deleted as soon as the attachment is
 * done with it ({@link #release}), and whatever is left at exit is deleted then.
 */
public final class PastedFiles implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Executor io;
    private final Set<Path> owned = ConcurrentHashMap.newKeySet();

    /** @param io where the encoding and writing run: never the FX thread */
    public PastedFiles(Executor io) {
        this(null, io);
    }

    /** @param root where the temporary folders go; null for the system's temporary directory */
    public PastedFiles(Path root, Executor io) {
        this.root = root;
        this.io = io;
    }

    /** Encodes ARGB pixels as PNG into a new temporary file, e.g. {@code pasted-image-20261125-131912.png}. */
    public CompletableFuture<Path> savePng(int width, int height, int[] argb) {
        return CompletableFuture.supplyAsync(() -> write(width, height, argb), io);
    }

    /** True for a file this service made and has not yet deleted. */
    public boolean owns(Path file) {
        return file != null && owned.contains(file);
    }

    /** Deletes {@code file} if it is one of ours; any other path is left alone. */
    public void release(Path file) {
        if (file != null && owned.remove(file)) {
            io.execute(() -> delete(file));
        }
    }

    /** Deletes every file still held, now. */
    @Override
    public void close() {
        for (Path file : List.copyOf(owned)) {
            owned.remove(file);
            delete(file);
        }
    }

    private Path write(int width, int height, int[] argb) {
        try {
            Path folder = root == null ? Files.createTempDirectory("pasted") : Files.createTempDirectory(root, "pasted");
            Path file = folder.resolve("pasted-image-" + STAMP.format(LocalDateTime.now()) + ".png");
            // Registered folder first: deleteOnExit runs in reverse order, so the file goes before its folder.
            folder.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            Files.write(file, PngEncoder.encode(width, height, argb));
            owned.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException ignored) {
            // Left for deleteOnExit: a temporary file that outlives its use is no harm.
        }
    }
}
