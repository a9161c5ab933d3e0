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
import com.beepercomposer.compose.ReplyTarget;
import com.beepercomposer.compose.Sender;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chat keeps its own draft, through switches and a restart from the store. */
class PerChatDraftsTest {
    private static final String ALICE = SandboxServer.DEFAULT_CHAT_ID;
    private static final String SMS = SandboxServer.SHORT_TEXT_CHAT_ID;

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private BeeperClient client;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    private ComposerViewModel composer() {
        UiExecutor ui = UiExecutor.direct();
        return new ComposerViewModel(new ChatPickerViewModel(new ChatFinder(client), ui),
                new ReplyPickerViewModel(new ReplyCandidates(client), ui),
                new AttachmentViewModel(client, ui, Runnable::run, new AnsweringDialogs(true),
                        new PastedFiles(Runnable::run)),
                new Sender(client, new InMemorySendLog(), Clock.systemUTC(), Runnable::run,
                        () -> ConnectionRef.UNKNOWN), client, ui);
    }

    static void open(ComposerViewModel composer, String chatID) throws Exception {
        composer.chatPicker().submit(chatID);
        waitFor(10, TimeUnit.SECONDS, () -> composer.draftProperty().get().chat() != null
                && composer.draftProperty().get().chat().id().equals(chatID));
    }

    @Test
    void twoChatsKeepTheirDraftsAcrossARestart() throws Exception {
        DraftStore store = new DraftStore(dir);
        ComposerViewModel first = composer();
        first.restore(store.load());
        first.autosaveTo(store, Runnable::run);
        open(first, ALICE);
        first.setText("for Alice");
        first.chooseReply(ReplyTarget.pasted("m-alice"));
        open(first, SMS);
        assertThat(first.draftProperty().get().text()).as("a chat with no draft starts empty").isEmpty();
        assertThat(first.draftProperty().get().replyTo()).isNull();
        first.setText("for the SMS chat");
        assertThat(first.chatPicker().chatsWithDrafts()).containsExactlyInAnyOrder(ALICE, SMS);
        first.close();

        ComposerViewModel second = composer();
        second.restore(new DraftStore(dir).load());
        assertThat(second.draftProperty().get().text()).isEqualTo("for the SMS chat");
        waitFor(10, TimeUnit.SECONDS, () -> second.draftProperty().get().chat() != null);
        assertThat(second.draftProperty().get().chat().id()).isEqualTo(SMS);
        assertThat(second.draftProperty().get().text()).isEqualTo("for the SMS chat");
        assertThat(second.chatPicker().chatsWithDrafts()).containsExactlyInAnyOrder(ALICE, SMS);

        open(second, ALICE);
        assertThat(second.draftProperty().get().text()).isEqualTo("for Alice");
        assertThat(second.draftProperty().get().replyTo().messageID()).isEqualTo("m-alice");
        open(second, SMS);
        assertThat(second.draftProperty().get().text()).isEqualTo("for the SMS chat");
        assertThat(second.draftProperty().get().replyTo()).isNull();
    }

    @Test
    void anAttachmentStaysWithItsChatWithItsUploadAndOverrides() throws Exception {
        ComposerViewModel composer = composer();
        open(composer, ALICE);
        Path file = Files.writeString(dir.resolve("notes.txt"), "notes");
        composer.attachment().pick(file);
        waitFor(10, TimeUnit.SECONDS, () -> composer.draftProperty().get().attachment() != null);
        String uploadID = composer.draftProperty().get().attachment().uploadID();
        composer.attachment().overrides().fileNameProperty().set("renamed.txt");

        open(composer, SMS);
        assertThat(composer.attachment().hasAttachment()).isFalse();
        assertThat(composer.draftProperty().get().attachment()).isNull();
        assertThat(composer.chatPicker().chatsWithDrafts()).containsExactly(ALICE);

        open(composer, ALICE);
        assertThat(composer.draftProperty().get().attachment().uploadID()).isEqualTo(uploadID);
        assertThat(composer.draftProperty().get().attachment().fileName()).isEqualTo("renamed.txt");
        assertThat(composer.attachment().fileProperty().get().path()).isEqualTo(file);
        assertThat(file).exists();
    }

    @Test
    void textWrittenBeforeChoosingAChatBecomesThatChatsDraft() throws Exception {
        ComposerViewModel composer = composer();
        composer.setText("typed first");
        open(composer, ALICE);
        assertThat(composer.draftProperty().get().text()).isEqualTo("typed first");
        open(composer, SMS);
        open(composer, ALICE);
        assertThat(composer.draftProperty().get().text()).isEqualTo("typed first");
    }
}
