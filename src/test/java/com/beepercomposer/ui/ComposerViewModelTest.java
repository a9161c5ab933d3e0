package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's own state, without a window or a server. */
class ComposerViewModelTest {
    @TempDir
    Path dir;

    private ComposerViewModel composer() {
        // Nothing here talks to the server; the address only has to be valid.
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t")));
        UiExecutor ui = UiExecutor.direct();
        return new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new AttachmentViewModel(client, ui, Runnable::run, new AnsweringDialogs(true),
                        new PastedFiles(Runnable::run)),
                new Sender(client, new InMemorySendLog(), Clock.systemUTC(), Runnable::run,
                        () -> ConnectionRef.UNKNOWN), client, ui);
    }

    @Test
    void flushingOnExitSavesWhatWasJustTyped() {
        DraftStore store = new DraftStore(dir.resolve("draft.json"));
        ComposerViewModel composer = composer();
        composer.autosaveTo(store, Runnable::run);

        composer.setText("typed a moment before closing");
        assertThat(store.load().text()).isEmpty();
        composer.flushDraft();

        assertThat(store.load().text()).isEqualTo("typed a moment before closing");
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
