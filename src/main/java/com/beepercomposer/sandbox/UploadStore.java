package com.beepercomposer.sandbox;

import com.beepercomposer.media.MediaTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Uploaded files on disk, in a private temporary directory removed on stop. Files are written
 * there while they stream in, so a large upload never sits in memory.
 */
final class UploadStore implements AutoCloseable {
    /** Longer names and types are refused: no file system or MIME registry takes them. */
    static final int MAX_FILE_NAME_LENGTH = 255;
    static final int MAX_MIME_TYPE_LENGTH = 255;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final long maxBytes;
    private final Map<String, StoredUpload> uploads = new ConcurrentHashMap<>();

    UploadStore(long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            this.directory = Files.createTempDirectory("beeper-sandbox-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sandbox upload directory", e);
        }
    }

    Path directory() {
        return directory;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** A fresh file name in the store for an upload that is about to stream in. */
    Path newIncomingFile() {
        return directory.resolve("incoming-" + newID());
    }

    /**
     * Takes a fully received file: detects what it is, applies the caller's name and MIME type
     * over what was detected, and gives it an uploadID.
     */
    StoredUpload register(Path received, String fileName, String mimeType) throws IOException {
        if (fileName != null && fileName.strip().length() > MAX_FILE_NAME_LENGTH) {
            Files.deleteIfExists(received);
            throw SandboxError.invalid("too_big", "fileName is longer than " + MAX_FILE_NAME_LENGTH + " characters",
                    "fileName");
        }
        if (mimeType != null && mimeType.strip().length() > MAX_MIME_TYPE_LENGTH) {
            Files.deleteIfExists(received);
            throw SandboxError.invalid("too_big", "mimeType is longer than " + MAX_MIME_TYPE_LENGTH + " characters",
                    "mimeType");
        }
        String uploadID = newID();
        Path file = directory.resolve(uploadID);
        Files.move(received, file);
        long size = Files.size(file);
        MimeSniffer.Detected detected = MimeSniffer.inspect(file, fileName);
        String mime = mimeType != null && !mimeType.isBlank() ? mimeType.strip() : detected.mimeType();
        String name = fileName != null && !fileName.isBlank() ? fileName.strip()
                : "upload-" + uploadID.substring(0, 8) + "." + MediaTypes.extensionFor(mime);
        StoredUpload upload = new StoredUpload(uploadID, file, name, mime, size, detected.width(),
                detected.height(), detected.duration());
        uploads.put(uploadID, upload);
        return upload;
    }

    Optional<StoredUpload> find(String uploadID) {
        return uploadID == null ? Optional.empty() : Optional.ofNullable(uploads.get(uploadID));
    }

    private static String newID() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the OS cleans its temp directory eventually
        }
    }
}
