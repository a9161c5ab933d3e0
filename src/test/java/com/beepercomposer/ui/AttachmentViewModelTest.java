package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Dimensions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attachment's life without a window: upload, cancel, retry, overrides. */
class AttachmentViewModelTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private AttachmentViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")));
        // Everything runs where it is handed over; the properties are read only after waiting.
        model = new AttachmentViewModel(client, UiExecutor.direct(), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        model.remove();
        server.close();
    }

    private void uploadAnswers(String uploadID) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"uploadID\":\"" + uploadID + "\",\"fileName\":\"big.bin\",\"mimeType\":\"application/octet-stream\","
                        + "\"fileSize\":16777216}").build());
    }

    @Test
    void cancellingMidUploadLeavesNoHalfStateAndRetryWorks() throws Exception {
        Path file = Files.write(dir.resolve("big.bin"), new byte[16 * 1024 * 1024]);
        // The server stops reading the body part-way, so the upload is stuck mid-stream.
        server.enqueue(new MockResponse.Builder().onRequestBody(SocketEffect.Stall.INSTANCE).build());

        model.pick(file);
        waitFor(10, TimeUnit.SECONDS, () -> model.progressProperty().get() > 0);
        assertThat(model.holdProperty().get()).isEqualTo("Wait for the upload to finish");
        model.cancel();

        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.FAILED);
        assertThat(model.problemProperty().get()).isEqualTo("Upload cancelled");
        assertThat(model.uploadedProperty().get()).isNull();
        assertThat(model.attachmentProperty().get()).isNull();
        assertThat(model.holdProperty().get()).isEqualTo("The upload failed: retry it or remove the attachment");

    }

    @Test
    void aFailedUploadCanBeRetried() throws Exception {
        Path file = Files.write(dir.resolve("big.bin"), new byte[64 * 1024]);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).body("{\"code\":\"INTERNAL\",\"message\":\"disk full\"}")
                    .build());
        }
        model.pick(file);
        waitFor(20, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.FAILED);
        assertThat(model.problemProperty().get()).startsWith("Upload failed: HTTP 500 INTERNAL: disk full");

        uploadAnswers("u-after-retry");
        model.retry();
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);
        assertThat(model.attachmentProperty().get().uploadID()).isEqualTo("u-after-retry");
        assertThat(model.holdProperty().get()).isNull();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void overridesAreSentOnlyWhenValid() throws Exception {
        Path file = Files.write(dir.resolve("note.bin"), new byte[] {1, 2, 3});
        uploadAnswers("u1");
        model.pick(file);
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);

        model.typeProperty().set(AttachmentType.STICKER);
        model.widthProperty().set("512");
        assertThat(model.attachmentProperty().get()).isNull();
        assertThat(model.holdProperty().get()).isEqualTo("Fix the attachment's height");

        model.heightProperty().set("512");
        assertThat(model.holdProperty().get()).isNull();
        assertThat(model.attachmentProperty().get().type()).isEqualTo(AttachmentType.STICKER);
        assertThat(model.attachmentProperty().get().size()).isEqualTo(new Dimensions(512, 512));
    }

    @Test
    void aRefusedFileNeverUploads() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        model.pick(empty);
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.REFUSED);
        assertThat(model.problemProperty().get()).isEqualTo("The file is empty: empty.txt");
        assertThat(server.getRequestCount()).isZero();
    }
}
