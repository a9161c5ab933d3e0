package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending a queue when one of its messages is refused: nothing is lost, and Send again finishes it. */
class ComposerQueueSendTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedMessageStaysQueuedWithItsReasonAndTheRestGoesOnTheNextSend() throws Exception {
        AtomicInteger sends = new AtomicInteger();
        AtomicInteger uploads = new AtomicInteger();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String path = request.getTarget();
                    if (path.startsWith("/v1/assets/upload")) {
                        return json(200, "{\"uploadID\":\"up-" + uploads.incrementAndGet()
                                + "\",\"fileName\":\"f.txt\",\"mimeType\":\"text/plain\",\"fileSize\":3}");
                    }
                    if ("POST".equals(request.getMethod()) && path.endsWith("/messages")) {
                        // The second message is refused once.
                        return sends.incrementAndGet() == 2
                                ? json(400, "{\"code\":\"INVALID\",\"message\":\"no thanks\"}")
                                : json(200, "{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p" + sends.get() + "\"}");
                    }
                    return json(200, path.endsWith("/messages") ? "{\"items\":[],\"hasMore\":false}"
                            : "{\"id\":\"!team:x\",\"accountID\":\"a\",\"network\":\"matrix\","
                            + "\"title\":\"Team\",\"type\":\"group\"}");
                }
            });
            server.start();
            BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                    AccessToken.of("t")).withRetries(0, java.time.Duration.ofMillis(1)));
            InMemorySendLog log = new InMemorySendLog();
            UiExecutor ui = UiExecutor.direct();
            AttachmentViewModel attachment = new AttachmentViewModel(client, ui, Runnable::run,
                    new AnsweringDialogs(true), new PastedFiles(Runnable::run));
            ComposerViewModel composer = new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                    new ReplyPickerViewModel(new ReplyCandidates(client), ui), attachment,
                    new Sender(client, log, Clock.systemUTC(), Runnable::run, () -> ConnectionRef.UNKNOWN), client, ui);
            composer.chatPicker().submit("!team:x");
            waitFor(5, TimeUnit.SECONDS, () -> composer.draftProperty().get().chat() != null);
            List<Path> files = List.of(Files.write(dir.resolve("one.txt"), "one".getBytes()),
                    Files.write(dir.resolve("two.txt"), "two".getBytes()),
                    Files.write(dir.resolve("three.txt"), "333".getBytes()));
            attachment.offerAll(files);
            AttachmentQueueViewModel queue = attachment.queue();
            waitFor(5, TimeUnit.SECONDS, () -> queue.ready().size() == 3);
            composer.setText("with the first");
            waitFor(5, TimeUnit.SECONDS, () -> composer.canSendProperty().get());

            composer.send();
            waitFor(5, TimeUnit.SECONDS, () -> !composer.sendingProperty().get());

            // The first went out with the text; the second was refused and stays, the third was never tried.
            assertThat(queue.files()).extracting(QueuedFile::name).containsExactly("two.txt", "three.txt");
            assertThat(queue.files().get(0).problemProperty().get()).startsWith("Not sent: ").contains("no thanks");
            assertThat(composer.draftProperty().get().text()).isEmpty();
            assertThat(composer.statusIsErrorProperty().get()).isTrue();
            assertThat(composer.canSendProperty().get()).isTrue();

            composer.send();
            waitFor(5, TimeUnit.SECONDS, () -> queue.files().isEmpty() && !composer.sendingProperty().get());
            List<SendRecord> rows = log.all().stream().sorted(Comparator.comparingLong(SendRecord::id)).toList();
            assertThat(rows).extracting(SendRecord::state).containsExactly(SendState.PENDING, SendState.REJECTED,
                    SendState.PENDING, SendState.PENDING);
            assertThat(rows).extracting(SendRecord::attachmentName)
                    .containsExactly("one.txt", "two.txt", "two.txt", "three.txt");
            assertThat(rows.get(0).text()).isEqualTo("with the first");
            assertThat(rows.subList(1, 4)).allSatisfy(row -> assertThat(row.text()).isNull());
            assertThat(composer.statusProperty().get()).isEqualTo("Sent 2 files to Team");
            // The second Send finished the first one's group: each file keeps its place in it.
            assertThat(rows).allSatisfy(row -> assertThat(row.group().id()).isEqualTo(rows.get(0).group().id()));
            assertThat(rows).extracting(row -> row.group().index()).containsExactly(0, 1, 1, 2);
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
