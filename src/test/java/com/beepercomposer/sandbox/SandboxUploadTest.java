package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.Base64Upload;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.UploadResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multipart and base64 uploads: detection, overrides, the size cap. */
class SandboxUploadTest {
    private static final long CAP = 64 * 1024;

    private static SandboxServer server;
    private static BeeperClient client;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSandbox() {
        server = SandboxFixture.start(SandboxServer.builder().maxUploadBytes(CAP));
        client = client(server);
    }

    @AfterAll
    static void stopSandbox() {
        server.stop();
    }

    @Test
    void multipartPngIsDetectedWithItsSize() throws Exception {
        Path png = PngFiles.png(dir, "photo.png", 123, 45);
        UploadResult result = await(client.upload(png, null, null, null, null));
        assertThat(result.uploadID()).isNotBlank();
        assertThat(result.mimeType()).isEqualTo("image/png");
        assertThat(result.width()).isEqualTo(123);
        assertThat(result.height()).isEqualTo(45);
        assertThat(result.fileName()).isEqualTo("photo.png");
        assertThat(result.fileSize()).isEqualTo(Files.size(png));
        assertThat(Files.readAllBytes(Path.of(URI.create(result.srcURL())))).isEqualTo(Files.readAllBytes(png));
    }

    @Test
    void nameAndMimeTypeGivenByTheCallerWin() throws Exception {
        Path jpeg = PngFiles.image(dir, "x.jpg", "jpeg", 64, 48);
        UploadResult detected = await(client.upload(jpeg, null, null, null, null));
        assertThat(detected.mimeType()).isEqualTo("image/jpeg");
        assertThat(detected.width()).isEqualTo(64);
        assertThat(detected.height()).isEqualTo(48);
        UploadResult declared = await(client.upload(jpeg, "renamed.bin", "application/x-custom", null, null));
        assertThat(declared.fileName()).isEqualTo("renamed.bin");
        assertThat(declared.mimeType()).isEqualTo("application/x-custom");
    }

    @Test
    void unknownBytesFallBackToTheExtensionThenOctetStream() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "just text");
        assertThat(await(client.upload(notes, null, null, null, null)).mimeType()).isEqualTo("text/plain");
        Path blob = Files.writeString(dir.resolve("blob"), "just text");
        assertThat(await(client.upload(blob, null, null, null, null)).mimeType())
                .isEqualTo("application/octet-stream");
    }

    @Test
    void base64UploadDecodesAndDetects() throws Exception {
        byte[] gif = Files.readAllBytes(PngFiles.image(dir, "a.gif", "gif", 7, 9));
        UploadResult result = await(client.uploadBase64(new Base64Upload(Base64.getEncoder().encodeToString(gif),
                null, null)));
        assertThat(result.mimeType()).isEqualTo("image/gif");
        assertThat(result.width()).isEqualTo(7);
        assertThat(result.height()).isEqualTo(9);
        assertThat(result.fileSize()).isEqualTo(gif.length);
        assertThat(result.fileName()).endsWith(".gif");
    }

    @Test
    void base64RejectsGarbage() {
        ApiException e = failure(client.uploadBase64(new Base64Upload("@@not base64@@", "x", null)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.issues()).anySatisfy(i -> assertThat(i.field()).isEqualTo("content"));
    }

    @Test
    void filesOverTheCapAreRefused() throws Exception {
        Path big = Files.write(dir.resolve("big.bin"), new byte[(int) CAP * 3]);
        ApiException multipart = failure(client.upload(big, null, null, null, null));
        assertThat(multipart.status()).isEqualTo(413);
        assertThat(multipart.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("limit"));
        Path slightlyOver = Files.write(dir.resolve("over.bin"), new byte[(int) CAP + 1]);
        assertThat(failure(client.upload(slightlyOver, null, null, null, null)).status()).isEqualTo(413);
        ApiException base64 = failure(client.uploadBase64(new Base64Upload(
                Base64.getEncoder().encodeToString(new byte[(int) CAP + 10]), null, null)));
        assertThat(base64.status()).isEqualTo(413);
        Path atCap = Files.write(dir.resolve("cap.bin"), new byte[(int) CAP]);
        assertThat(await(client.upload(atCap, null, null, null, null)).fileSize()).isEqualTo(CAP);
    }
}
