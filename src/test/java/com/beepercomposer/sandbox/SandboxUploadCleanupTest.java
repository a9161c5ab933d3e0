package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An upload that never completes leaves no file behind, whatever stopped it. */
class SandboxUploadCleanupTest {
    private static final String BASE64 = "/v1/assets/upload/base64";
    private static final String PARTIAL = "{\"content\":\"" + "QUJD".repeat(4000);

    private SandboxServer server;

    @BeforeEach
    void start() {
        server = SandboxFixture.start(SandboxServer.builder().idleTimeout(Duration.ofSeconds(10))
                .bodyReadTimeout(Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aBase64BodyCutShortIsDeletedBeforeTheAnswer() throws Exception {
        byte[] request = head(BASE64, "application/json", 100_000).concat(PARTIAL).getBytes();
        RawHttp.send(server.port(), request, true).assertJsonError(400);
        assertThat(files()).isZero();
    }

    @Test
    void aBase64ClientThatHangsUpLeavesNothing() throws Exception {
        try (SlowClient client = SlowClient.open(server.port(), server.token(), BASE64, 100_000, PARTIAL)) {
            eventually(() -> files() > 0);
        }
        eventually(() -> files() == 0);
    }

    @Test
    void aBase64BodyPastItsDeadlineIsDeleted() throws Exception {
        try (SlowClient client = SlowClient.open(server.port(), server.token(), BASE64, 100_000, PARTIAL)) {
            client.answer().assertJsonError(408);
        }
        assertThat(files()).isZero();
    }

    @Test
    void aMultipartBodyCutShortLeavesNothing() throws Exception {
        String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n"
                + "z".repeat(300_000);
        byte[] request = head("/v1/assets/upload", "multipart/form-data; boundary=b", 400_000).concat(part).getBytes();
        RawHttp.send(server.port(), request, true).assertJsonError(400);
        eventually(() -> files() == 0);
    }

    private String head(String path, String contentType, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.token()
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n";
    }

    private long files() {
        try (Stream<Path> files = Files.list(server.uploadDirectory())) {
            return files.count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
