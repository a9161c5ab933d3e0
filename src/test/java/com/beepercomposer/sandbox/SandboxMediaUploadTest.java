package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox reports the length (and picture size) of voice notes and videos, as Beeper Desktop does. */
class SandboxMediaUploadTest {
    @TempDir
    Path dir;
    private SandboxServer server;
    private BeeperClient client;

    @BeforeEach
    void start() {
        server = SandboxFixture.start(SandboxServer.builder().port(0));
        client = SandboxFixture.client(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void opusVoiceNote() throws IOException {
        UploadResult result = upload("voice.ogg");
        assertThat(result.mimeType()).isEqualTo("audio/ogg");
        assertThat(result.duration()).isBetween(2.95, 3.05);
    }

    @Test
    void mp3AndM4a() throws IOException {
        assertThat(upload("voice.mp3").duration()).isBetween(2.3, 2.7);
        assertThat(upload("voice.m4a").duration()).isBetween(1.45, 1.55);
    }

    @Test
    void videosWithTheirSize() throws IOException {
        UploadResult mp4 = upload("clip.mp4");
        UploadResult webm = upload("clip.webm");
        assertThat(mp4.duration()).isBetween(1.95, 2.05);
        assertThat(mp4.width()).isEqualTo(64);
        assertThat(mp4.height()).isEqualTo(48);
        assertThat(webm.duration()).isBetween(1.95, 2.05);
        assertThat(webm.width()).isEqualTo(80);
        assertThat(webm.height()).isEqualTo(60);
    }

    private UploadResult upload(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = SandboxMediaUploadTest.class.getResourceAsStream("/media/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return SandboxFixture.await(client.upload(file, null, null, null, null));
    }
}
