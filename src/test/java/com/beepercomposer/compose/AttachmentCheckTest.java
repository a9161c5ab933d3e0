package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.api.ChatCapabilities.AttachmentCapability;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each local refusal, worded for the person, before any upload. */
class AttachmentCheckTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final ChatSummary IMAGES_ONLY = new ChatSummary("!d:x", null, "Design", "Slack", true, false,
            new ChatCapabilities(null, 2, Map.of("m.image", new AttachmentCapability(
                    Map.of("image/png", 2, "image/jpeg", 2), 5L * 1024 * 1024, null, null, null, null, null)), null));

    @TempDir
    Path dir;

    @Test
    void aMissingFile() {
        assertThat(AttachmentCheck.inspect(dir.resolve("gone.png"), null).refusal()).startsWith("The file does not exist");
    }

    @Test
    void aFolder() {
        assertThat(AttachmentCheck.inspect(dir, null).refusal()).startsWith("Not a file");
    }

    @Test
    void anUnreadableFile() throws Exception {
        Path file = Files.write(dir.resolve("secret.png"), PNG);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who reads everything");
        assertThat(AttachmentCheck.inspect(file, null).refusal()).startsWith("The file cannot be read");
    }

    @Test
    void anEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.png"));
        assertThat(AttachmentCheck.inspect(file, null).refusal()).isEqualTo("The file is empty: empty.png");
    }

    @Test
    void overFiveHundredMegabytes() throws Exception {
        Path file = dir.resolve("huge.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(AttachmentCheck.MAX_UPLOAD_BYTES + 1);
        }
        assertThat(AttachmentCheck.inspect(file, null).refusal()).contains("uploads are limited to 500 MB");
    }

    @Test
    void aTypeTheChatDoesNotTake() throws Exception {
        Path pdf = Files.write(dir.resolve("doc.pdf"), "%PDF-1.7".getBytes());
        assertThat(AttachmentCheck.inspect(pdf, IMAGES_ONLY).refusal()).isEqualTo("Design does not take files");
        Path gif = Files.write(dir.resolve("a.gif"), "GIF89a....".getBytes());
        assertThat(AttachmentCheck.inspect(gif, IMAGES_ONLY).refusal()).isEqualTo("Design does not take image/gif files");
    }

    @Test
    void aSizeTheChatDoesNotTake() throws Exception {
        Path big = dir.resolve("big.png");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(PNG);
            file.setLength(6L * 1024 * 1024);
        }
        assertThat(AttachmentCheck.inspect(big, IMAGES_ONLY).refusal()).isEqualTo("Too large for Design: 6.0 MB of at most 5.0 MB");
    }

    @Test
    void aGoodFileIsDescribed() throws Exception {
        Path file = Files.write(dir.resolve("pic.png"), PNG);
        AttachmentCheck.Result result = AttachmentCheck.inspect(file, IMAGES_ONLY);
        assertThat(result.ok()).isTrue();
        assertThat(result.file()).isEqualTo(new LocalFile(file, "pic.png", PNG.length, "image/png"));
    }
}
