package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Dimensions;
import com.beepercomposer.compose.PastedFiles;
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
    private final AnsweringDialogs dialogs = new AnsweringDialogs(true);
    private PastedFiles pasted;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")));
        pasted = new PastedFiles(Files.createDirectory(dir.resolve("pasted")), Runnable::run);
        // Everything runs where it is handed over; the properties are read only after waiting.
        model = new AttachmentViewModel(client, UiExecutor.direct(), Runnable::run, dialogs, pasted);
    }

    @AfterEach
    void tearDown() {
        model.remove();
        pasted.close();
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

        model.overrides().typeProperty().set(AttachmentType.STICKER);
        model.overrides().widthProperty().set("512");
        assertThat(model.attachmentProperty().get()).isNull();
        assertThat(model.holdProperty().get()).isEqualTo("Fix the attachment's height");

        model.overrides().heightProperty().set("512");
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

    @Test
    void replacingAnAttachmentAsksAndADeclineKeepsTheFirst() throws Exception {
        Path first = Files.write(dir.resolve("first.bin"), new byte[] {1});
        Path second = Files.write(dir.resolve("second.bin"), new byte[] {2});
        uploadAnswers("u1");
        model.offer(first);
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);
        assertThat(dialogs.asked).isEmpty();

        dialogs.answer = false;
        model.offer(second);

        assertThat(dialogs.asked).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("Replace first.bin (").endsWith(" with second.bin?");
            assertThat(q.confirmLabel()).isEqualTo("Replace");
        });
        assertThat(model.fileProperty().get().path()).isEqualTo(first);
        assertThat(model.attachmentProperty().get().uploadID()).isEqualTo("u1");

        dialogs.answer = true;
        uploadAnswers("u2");
        model.offer(second);
        waitFor(10, TimeUnit.SECONDS, () -> model.attachmentProperty().get() != null
                && model.attachmentProperty().get().uploadID().equals("u2"));
        assertThat(model.fileProperty().get().path()).isEqualTo(second);
        assertThat(first).exists();
    }

    @Test
    void aPastedImageBecomesAPngFileThatIsDeletedOnceRemoved() throws Exception {
        uploadAnswers("u-pasted");
        int[] pixels = new int[4 * 3];
        java.util.Arrays.fill(pixels, 0xFF00FF00);

        model.offerImage(4, 3, pixels);
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);

        Path file = model.fileProperty().get().path();
        assertThat(file.getFileName().toString()).matches("pasted-image-\\d{8}-\\d{6}\\.png");
        assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(pasted.owns(file)).isTrue();

        model.remove();

        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
        assertThat(pasted.owns(file)).isFalse();
    }

    @Test
    void aPastedImageTheQuestionDeclinesIsDeletedAndAnotherFileIsNeverTouched() throws Exception {
        Path mine = Files.write(dir.resolve("mine.bin"), new byte[] {1});
        uploadAnswers("u1");
        model.offer(mine);
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);

        dialogs.answer = false;
        model.offerImage(1, 1, new int[] {0xFFFFFFFF});

        assertThat(dialogs.asked).singleElement().satisfies(q -> assertThat(q.text()).contains(" with pasted-image-"));
        assertThat(dir.resolve("pasted")).isEmptyDirectory();
        model.remove();
        assertThat(mine).exists();
    }

    @Test
    void whatIsStillPastedAtExitIsDeleted() throws Exception {
        uploadAnswers("u-pasted");
        model.offerImage(1, 1, new int[] {0xFFFFFFFF});
        waitFor(10, TimeUnit.SECONDS, () -> model.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);
        assertThat(dir.resolve("pasted")).isNotEmptyDirectory();

        pasted.close();

        assertThat(dir.resolve("pasted")).isEmptyDirectory();
    }

    @Test
    void aPasteThatCannotBeSavedIsRefusedWithTheReason() {
        model.offerImage(2, 2, new int[] {1});

        assertThat(model.stageProperty().get()).isEqualTo(AttachmentViewModel.Stage.REFUSED);
        assertThat(model.problemProperty().get()).startsWith("Could not save the pasted image: Pixels do not match 2x2");
    }
}
