package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.compose.ChatFinder;
import com.beepercomposer.compose.PastedFiles;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendEdit;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The composer's edit mode: unmistakable, saves through the history's command, gives the draft back. */
class ComposerEditModeTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final List<String> saved = new ArrayList<>();
    private CompletableFuture<SendRecord> answer = new CompletableFuture<>();

    private static ComposerViewModel composer() {
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:9", AccessToken.of("t")));
        UiExecutor ui = UiExecutor.direct();
        return new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new AttachmentViewModel(client, ui, Runnable::run, new AnsweringDialogs(true),
                        new PastedFiles(Runnable::run)),
                new Sender(client, new InMemorySendLog(), Clock.systemUTC(), Runnable::run,
                        () -> ConnectionRef.UNKNOWN), client, ui);
    }

    private MessageEdit edit(SendRecord row) {
        return new MessageEdit(row, text -> {
            saved.add(text);
            return answer;
        });
    }

    private static SendRecord sentRow() {
        return SendRecord.sending(T0, "!bob:x", "Bob Chen", "meet at noon", null, null, null, "{}").withId(7)
                .settled(SendState.SENT, "m-42", null, T0)
                .withEdit(new SendEdit(T0.plusSeconds(5), "meet at one", "{}", null))
                .withEdit(new SendEdit(T0.plusSeconds(9), "refused one", null, "HTTP 400"));
    }

    @Test
    void editModeShowsTheBannerAndSaveEditAndStartsFromTheCurrentText() {
        ComposerViewModel composer = composer();
        assertThat(composer.sendLabelProperty().get()).isEqualTo("Send");
        assertThat(composer.editingProperty().get()).isFalse();

        composer.editFromHistory(edit(sentRow()));

        assertThat(composer.editingProperty().get()).isTrue();
        assertThat(composer.editBannerProperty().get()).isEqualTo("Editing message m-42 in Bob Chen");
        assertThat(composer.sendLabelProperty().get()).isEqualTo("Save edit");
        assertThat(composer.draftProperty().get().text()).isEqualTo("meet at one");
        assertThat(composer.canSendProperty().get()).isTrue();

        composer.setText("  ");
        assertThat(composer.canSendProperty().get()).isFalse();
        assertThat(composer.sendBlockedReasonProperty().get()).isEqualTo("Write the new text");
    }

    @Test
    void cancellingGivesBackTheDraftThatWasSetAside() {
        ComposerViewModel composer = composer();
        composer.setText("half-written reply");
        composer.chooseReply(ReplyTarget.pasted("m-1"));

        composer.editFromHistory(edit(sentRow()));
        assertThat(composer.draftProperty().get().replyTo()).isNull();
        composer.cancelEdit();

        assertThat(composer.editingProperty().get()).isFalse();
        assertThat(composer.sendLabelProperty().get()).isEqualTo("Send");
        assertThat(composer.draftProperty().get().text()).isEqualTo("half-written reply");
        assertThat(composer.draftProperty().get().replyTo()).isEqualTo(ReplyTarget.pasted("m-1"));
        assertThat(saved).isEmpty();
    }

    @Test
    void whileEditingTheDraftKeptOnDiskIsTheOneSetAside(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        com.beepercomposer.compose.DraftStore store = new com.beepercomposer.compose.DraftStore(dir.resolve("d.json"));
        ComposerViewModel composer = composer();
        composer.autosaveTo(store, Runnable::run);
        composer.setText("my real draft");

        composer.editFromHistory(edit(sentRow()));
        composer.setText("the edit's text");
        composer.flushDraft();

        assertThat(store.load().current().text()).isEqualTo("my real draft");
        assertThat(composer.draftToKeep().text()).isEqualTo("my real draft");
        composer.close();
    }

    @Test
    void sendSavesTheEditOnceThenLeavesEditModeWithTheDraftBack() {
        ComposerViewModel composer = composer();
        composer.setText("draft to keep");
        composer.editFromHistory(edit(sentRow()));
        composer.setText("meet at **two**");

        composer.send();
        composer.send();

        assertThat(saved).containsExactly("meet at **two**");
        assertThat(composer.canSendProperty().get()).isFalse();
        assertThat(composer.sendBlockedReasonProperty().get()).isEqualTo("Saving the edit…");
        answer.complete(sentRow().withEdit(new SendEdit(T0.plusSeconds(20), "meet at **two**", "{}", null)));

        assertThat(composer.editingProperty().get()).isFalse();
        assertThat(composer.draftProperty().get().text()).isEqualTo("draft to keep");
        assertThat(composer.statusProperty().get()).isEqualTo("Saved the edit of message m-42 in Bob Chen");
    }

    @Test
    void aRefusedEditStaysInEditModeAndSaysWhy() {
        ComposerViewModel composer = composer();
        composer.editFromHistory(edit(sentRow()));
        composer.setText("too late");
        composer.send();

        answer.completeExceptionally(new IllegalStateException("the message is too old to edit"));

        assertThat(composer.editingProperty().get()).isTrue();
        assertThat(composer.draftProperty().get().text()).isEqualTo("too late");
        assertThat(composer.statusIsErrorProperty().get()).isTrue();
        assertThat(composer.statusProperty().get()).contains("The edit was not saved", "too old to edit");
        assertThat(composer.canSendProperty().get()).isTrue();
    }
}
