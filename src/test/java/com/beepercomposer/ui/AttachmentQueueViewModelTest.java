package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.ChatCapabilities;
import com.beepercomposer.api.ChatCapabilities.AttachmentCapability;
import com.beepercomposer.compose.ChatSummary;
import com.beepercomposer.compose.PastedFiles;
import java.util.Map;
import com.beepercomposer.ui.QueuedFile.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue without a window: checks before uploads, one upload at a time, cancel, retry, remove. */
class AttachmentQueueViewModelTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private AttachmentQueueViewModel queue;
    private PastedFiles pasted;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")).withRetries(0, java.time.Duration.ofMillis(1)));
        pasted = new PastedFiles(Files.createDirectory(dir.resolve("pasted")), Runnable::run);
        queue = new AttachmentQueueViewModel(client, UiExecutor.direct(), Runnable::run, pasted);
    }

    @AfterEach
    void tearDown() {
        queue.clear();
        pasted.close();
        server.close();
    }

    private void uploadAnswers(String uploadID, String name) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"uploadID\":\"" + uploadID + "\",\"fileName\":\"" + name + "\",\"mimeType\":\"text/plain\","
                        + "\"fileSize\":3}").build());
    }

    private QueuedFile line(String name) {
        return queue.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void everyFileIsCheckedFirstAndARefusedOneIsNeverUploaded() throws Exception {
        Path a = Files.write(dir.resolve("a.txt"), "aaa".getBytes());
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path b = Files.write(dir.resolve("b.txt"), "bbb".getBytes());
        uploadAnswers("up-a", "a.txt");
        uploadAnswers("up-b", "b.txt");

        queue.addAll(List.of(a, empty, b));

        await(() -> line("a.txt").stage() == Stage.UPLOADED && line("b.txt").stage() == Stage.UPLOADED);
        assertThat(line("empty.txt").stage()).isEqualTo(Stage.REFUSED);
        assertThat(line("empty.txt").problemProperty().get()).isEqualTo("The file is empty: empty.txt");
        assertThat(server.getRequestCount()).isEqualTo(2);
        // One after another, in the order given.
        assertThat(server.takeRequest().getBody().utf8()).contains("filename=\"a.txt\"");
        assertThat(server.takeRequest().getBody().utf8()).contains("filename=\"b.txt\"");
        assertThat(queue.holdProperty().get()).isEqualTo("Remove the refused file empty.txt: The file is empty: empty.txt");

        queue.remove(line("empty.txt"));
        assertThat(queue.holdProperty().get()).isNull();
        assertThat(queue.ready()).extracting(QueuedFile::name).containsExactly("a.txt", "b.txt");
        assertThat(queue.firstAttachmentProperty().get().uploadID()).isEqualTo("up-a");
        assertThat(queue.summaryProperty().get()).isEqualTo("2 files, 2 uploaded: one message each");
    }

    @Test
    void aChatChangeRefusesWhatTheNewChatDoesNotTakeAndLetsBackWhatItDoesWithoutUploadingTwice() throws Exception {
        ChatSummary imagesOnly = new ChatSummary("!d:x", null, "Design", "Slack", true, false,
                new ChatCapabilities(null, 2, Map.of("m.image", new AttachmentCapability(
                        Map.of("image/png", 2), 5L * 1024 * 1024, null, null, null, null, null)), null));
        Path a = Files.write(dir.resolve("a.txt"), "aaa".getBytes());
        Path b = Files.write(dir.resolve("b.txt"), "bbb".getBytes());
        uploadAnswers("up-a", "a.txt");
        queue.addAll(List.of(a));
        await(() -> line("a.txt").stage() == Stage.UPLOADED);

        // An uploaded file the new chat does not take is refused there, with the reason.
        queue.chatChanged(imagesOnly);
        assertThat(line("a.txt").stage()).isEqualTo(Stage.REFUSED);
        assertThat(line("a.txt").problemProperty().get()).startsWith("Design does not take");
        assertThat(queue.holdProperty().get()).startsWith("Remove the refused file a.txt: Design does not take");
        // A file added there is refused before any upload.
        queue.addAll(List.of(b));
        await(() -> line("b.txt").stage() == Stage.REFUSED);
        assertThat(server.getRequestCount()).isEqualTo(1);

        uploadAnswers("up-b", "b.txt");
        queue.chatChanged(null);

        // The one uploaded before keeps its upload; the one never uploaded now uploads.
        assertThat(line("a.txt").stage()).isEqualTo(Stage.UPLOADED);
        assertThat(line("a.txt").problemProperty().get()).isEmpty();
        await(() -> line("b.txt").stage() == Stage.UPLOADED);
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getBody().utf8()).contains("filename=\"b.txt\"");
        assertThat(queue.ready()).extracting(q -> q.attachment().uploadID()).containsExactly("up-a", "up-b");
        assertThat(queue.holdProperty().get()).isNull();
    }

    @Test
    void uploadsRunOneAtATimeAndCancelAllStopsTheWaitingOnesToo() throws Exception {
        Path a = Files.write(dir.resolve("a.bin"), new byte[8 * 1024 * 1024]);
        Path b = Files.write(dir.resolve("b.txt"), "bbb".getBytes());
        // The server stops reading the first body part-way: its upload is stuck mid-stream.
        server.enqueue(new MockResponse.Builder().onRequestBody(SocketEffect.Stall.INSTANCE).build());

        queue.addAll(List.of(a, b));
        List<Stage> bStages = new java.util.concurrent.CopyOnWriteArrayList<>();
        line("b.txt").stageProperty().addListener((obs, old, now) -> bStages.add(now));
        await(() -> line("a.bin").stage() == Stage.UPLOADING && line("a.bin").progressProperty().get() > 0);
        assertThat(line("b.txt").stage()).isEqualTo(Stage.WAITING);
        assertThat(queue.holdProperty().get()).isEqualTo("Wait for the uploads to finish (0 of 2 uploaded)");

        queue.cancelAll();

        await(() -> line("a.bin").stage() == Stage.FAILED);
        assertThat(line("a.bin").problemProperty().get()).isEqualTo("Upload cancelled");
        assertThat(line("b.txt").stage()).isEqualTo(Stage.FAILED);
        assertThat(line("b.txt").problemProperty().get()).isEqualTo("Upload cancelled");
        // The waiting file never started: it was cancelled before its turn.
        assertThat(bStages).containsExactly(Stage.FAILED);
        assertThat(queue.holdProperty().get()).isEqualTo("Retry or remove the files that did not upload");

        queue.remove(line("a.bin"));
        assertThat(queue.files()).extracting(QueuedFile::name).containsExactly("b.txt");
        queue.remove(line("b.txt"));
        assertThat(queue.isActive()).isFalse();
        assertThat(queue.holdProperty().get()).isNull();
    }

    @Test
    void filesJoiningASingleAttachmentQueueWithItAndItsUploadIsKept() throws Exception {
        AttachmentViewModel single = new AttachmentViewModel(new BeeperClient(ClientConfig.of(
                "http://127.0.0.1:" + server.getPort(), AccessToken.of("t"))), UiExecutor.direct(), Runnable::run,
                new AnsweringDialogs(true), pasted);
        Path a = Files.write(dir.resolve("a.txt"), "aaa".getBytes());
        Path b = Files.write(dir.resolve("b.txt"), "bbb".getBytes());
        Path c = Files.write(dir.resolve("c.txt"), "ccc".getBytes());
        uploadAnswers("up-a", "a.txt");
        single.offerAll(List.of(a));
        await(() -> single.stageProperty().get() == AttachmentViewModel.Stage.UPLOADED);
        assertThat(single.queue().isActive()).isFalse();

        uploadAnswers("up-b", "b.txt");
        uploadAnswers("up-c", "c.txt");
        single.offerAll(List.of(b, c));

        AttachmentQueueViewModel joined = single.queue();
        await(() -> joined.ready().size() == 3);
        assertThat(joined.ready()).extracting(QueuedFile::name).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(joined.ready().get(0).attachment().uploadID()).isEqualTo("up-a");
        assertThat(server.getRequestCount()).isEqualTo(3);
        // The single attachment gave way to the queue, which now stands for it in the draft.
        assertThat(single.stageProperty().get()).isEqualTo(AttachmentViewModel.Stage.NONE);
        assertThat(single.attachmentProperty().get().uploadID()).isEqualTo("up-a");
        assertThat(single.holdProperty().get()).isNull();
        single.queue().clear();
    }
}
