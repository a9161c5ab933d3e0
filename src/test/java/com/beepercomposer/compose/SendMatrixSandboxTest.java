package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.UploadResult;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.MatrixLine;
import com.beepercomposer.history.PendingResolver;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.PngFiles;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One upload sent every way against the sandbox: each variant's final message reports the type,
 * MIME type, name, size and duration the variant asked for, as Beeper Desktop does; the one
 * uploadID serves every send.
 */
class SendMatrixSandboxTest {
    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private InMemorySendLog log;
    private PendingResolver resolver;
    private BeeperClient client;
    private SendMatrix matrix;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(50)).build().start();
        ClientConfig config = ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token()));
        client = new BeeperClient(config);
        log = new InMemorySendLog();
        ConnectionRef via = ConnectionRef.sandbox(config.baseUri());
        resolver = new PendingResolver(client, via, log, Clock.systemUTC(),
                new PendingResolver.Polling(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(1)),
                new EventStream.Backoff(Duration.ofMillis(50), Duration.ofMillis(500)));
        resolver.start();
        matrix = new SendMatrix(new Sender(client, log, Clock.systemUTC(), Runnable::run, () -> via), log,
                Clock.systemUTC(), Runnable::run);
    }

    @AfterEach
    void stop() {
        resolver.close();
        sandbox.stop();
    }

    @Test
    void everyTypeWithOneOverrideSetComesBackAsTheServerReportsIt() throws Exception {
        Path png = PngFiles.solid(dir, "dot.png", 32, 32, 0xFF22AA66);
        UploadResult upload = client.upload(png, null, null, null, null).get(10, TimeUnit.SECONDS);
        List<MatrixVariant> variants = MatrixPlan.expand(EnumSet.allOf(AttachmentType.class),
                List.of(new AttachmentOverrides(null, "renamed.webp", "image/webp", "4", "100", "80")));

        SendMatrix.Run run = matrix.send(new ChatSummary(SandboxServer.DEFAULT_CHAT_ID, null, "Alice", "WhatsApp",
                false, false, null), upload.uploadID(), "dot.png", variants);
        assertThat(run.rows().get(10, TimeUnit.SECONDS)).hasSize(7);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> log.all().stream()
                .allMatch(r -> r.finalMessageJson() != null && r.state().isSettled()));

        List<MatrixLine> lines = log.all().stream().map(MatrixLine::of)
                .sorted(java.util.Comparator.comparingInt(MatrixLine::index)).toList();
        assertThat(lines).extracting(MatrixLine::sentType)
                .containsExactly("image", "video", "audio", "file", "gif", "voice-note", "sticker");
        assertThat(lines).extracting(MatrixLine::finalType)
                .containsExactly("IMAGE", "VIDEO", "AUDIO", "FILE", "IMAGE", "VOICE", "STICKER");
        assertThat(lines).extracting(MatrixLine::finalAttachment).containsExactly("img", "video", "audio",
                "unknown", "img \u00b7 gif", "audio \u00b7 voice note", "img \u00b7 sticker");
        assertThat(lines).extracting(MatrixLine::finalMimeType).containsOnly("image/webp");
        assertThat(lines).extracting(MatrixLine::finalFileName).containsOnly("renamed.webp");
        assertThat(lines).extracting(MatrixLine::finalSize).containsOnly("100\u00d780");
        assertThat(lines).extracting(MatrixLine::finalDuration).containsOnly("4");
        assertThat(lines).extracting(MatrixLine::finalFileSize).containsOnly(String.valueOf(Files.size(png)));
        assertThat(lines).extracting(MatrixLine::srcURL).doesNotContainNull();
        // The chat takes image/webp as an image, a file and a sticker; not as video, audio or a voice note.
        assertThat(log.all().stream().filter(r -> r.state() == SendState.SENT).map(r -> r.group().variant()))
                .allMatch(v -> v.startsWith("image") || v.startsWith("file") || v.startsWith("gif")
                        || v.startsWith("sticker"));
        assertThat(log.all()).extracting(SendRecord::uploadID).containsOnly(upload.uploadID());
    }
}
