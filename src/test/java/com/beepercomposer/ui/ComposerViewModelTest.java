package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's own state, without a window or a server. */
class ComposerViewModelTest {
    @TempDir
    Path dir;

    private ComposerViewModel composer() {
        // Nothing here talks to the server; the address only has to be valid.
        return composer(new BeeperClient(ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t"))),
                new InMemorySendLog());
    }

    private static ComposerViewModel composer(BeeperClient client, InMemorySendLog log) {
        UiExecutor ui = UiExecutor.direct();
        return new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new AttachmentViewModel(client, ui, Runnable::run, new AnsweringDialogs(true),
                        new PastedFiles(Runnable::run)),
                new Sender(client, log, Clock.systemUTC(), Runnable::run, () -> ConnectionRef.UNKNOWN), client, ui);
    }

    @Test
    void flushingOnExitSavesWhatWasJustTyped() {
        DraftStore store = new DraftStore(dir);
        ComposerViewModel composer = composer();
        composer.autosaveTo(store, Runnable::run);

        composer.setText("typed a moment before closing");
        assertThat(store.load().current().text()).isEmpty();
        composer.flushDraft();

        assertThat(store.load().current().text()).isEqualTo("typed a moment before closing");
    }

    @Test
    void anAcceptedSendWithoutAPendingIdSaysSoAndKeepsTheDraft() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String path = request.getTarget();
                    String body = "POST".equals(request.getMethod()) ? "{\"chatID\":\"!team:x\"}"
                            : path.endsWith("/messages") ? "{\"items\":[],\"hasMore\":false}"
                            : "{\"id\":\"!team:x\",\"accountID\":\"a\",\"network\":\"matrix\","
                            + "\"title\":\"Team\",\"type\":\"group\"}";
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(body).build();
                }
            });
            server.start();
            BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                    AccessToken.of("t")).withRetries(0, java.time.Duration.ofMillis(1)));
            InMemorySendLog log = new InMemorySendLog();
            ComposerViewModel composer = composer(client, log);
            composer.chatPicker().submit("!team:x");
            waitFor(5, TimeUnit.SECONDS, () -> composer.draftProperty().get().chat() != null);
            composer.setText("did this go out?");

            composer.send();
            waitFor(5, TimeUnit.SECONDS, () -> !composer.sendingProperty().get()
                    && !composer.statusProperty().get().startsWith("Sending"));

            assertThat(composer.statusProperty().get()).doesNotContain("null").doesNotStartWith("Sent")
                    .contains("without a pending ID", "may or may not go out", "Check the chat");
            assertThat(composer.statusIsErrorProperty().get()).isTrue();
            assertThat(composer.draftProperty().get().text()).isEqualTo("did this go out?");
            assertThat(log.all().get(0).state()).isEqualTo(SendState.UNKNOWN);
        }
    }

    @Test
    void theCounterWarnsOnlyAgainstALimit() {
        ComposerViewModel composer = composer();
        composer.setText("hello");
        assertThat(composer.counterProperty().get()).isEqualTo("5 characters");
        assertThat(composer.overLimitProperty().get()).isFalse();
        assertThat(composer.sendBlockedReasonProperty().get()).isEqualTo("Choose a chat first");
    }
}
