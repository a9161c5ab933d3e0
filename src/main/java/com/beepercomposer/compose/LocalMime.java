package com.beepercomposer.compose;

import com.beepercomposer.media.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A best guess of a local file's MIME type, for checking it against the chat before upload:
 * the first bytes for the common formats, else the extension. The server detects on its own.
 */
public final class LocalMime {
    private LocalMime() {
    }

    /** Blocking (reads the first bytes): call off the FX thread. */
    public static String guess(Path file) {
        byte[] head = new byte[MediaTypes.HEAD];
        int read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            // unreadable here: the name still says something
        }
        String sniffed = MediaTypes.sniff(Arrays.copyOf(head, read));
        return sniffed != null ? sniffed : MediaTypes.byExtension(file.getFileName().toString());
    }
}
