package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.Message;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.sandbox.SeedData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits and unsends against the sandbox: the chat changes, and the row tells what happened. */
class MessageEditorTest {
    private static final String CHAT = SeedData.ALICE_CHAT_ID;

    private SandboxServer sandbox;
    private BeeperClient client;
    private InMemorySendLog log;
    private Sender sender;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.builder().port(0).confirmDelay(Duration.ofMillis(50)).build().start();
        client = new BeeperClient(ClientConfig.of(sandbox.baseUrl(), AccessToken.of(sandbox.token())));
        log = new InMemorySendLog();
        sender = new Sender(client, log, Clock.systemUTC(), Runnable::run,
                () -> ConnectionRef.sandbox(client.config().baseUri()));
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void anEditChangesTheMessageAndIsKeptOnTheRowWithTheServersAnswer() throws Exception {
        SendRecord row = SentRows.sent(client, log, sender, CHAT, "see you at 5");

        SendRecord edited = sender.editor().edit(row, "see you at **6**").get(10, TimeUnit.SECONDS);

        Message now = client.message(CHAT, row.finalMessageID()).get(10, TimeUnit.SECONDS);
        assertThat(now.text()).contains("6");
        assertThat(edited.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.text()).isEqualTo("see you at **6**");
            assertThat(edit.succeeded()).isTrue();
            assertThat(edit.answerJson()).contains(row.finalMessageID());
        });
        assertThat(edited.currentText()).isEqualTo("see you at **6**");
        assertThat(edited.state()).isEqualTo(SendState.SENT);
        assertThat(log.all().get(0)).isEqualTo(edited);

        SendRecord twice = sender.editor().edit(edited, "see you at 7").get(10, TimeUnit.SECONDS);
        assertThat(twice.edits()).extracting(e -> e.text()).containsExactly("see you at **6**", "see you at 7");
    }

    @Test
    void aRefusedEditIsKeptWithTheServersReasonAndTheTextStays() throws Exception {
        SendRecord row = SentRows.sent(client, log, sender, CHAT, "mine");
        // Someone else's message: the sandbox, like Desktop, edits only your own.
        String theirs = client.listMessages(CHAT, null).get(10, TimeUnit.SECONDS).items().stream()
                .filter(m -> !Boolean.TRUE.equals(m.isSender())).findFirst().orElseThrow().id();
        SendRecord pointingAtTheirs = row.settled(SendState.SENT, theirs, null, Instant.now());
        log.update(pointingAtTheirs);

        assertThatThrownBy(() -> sender.editor().edit(pointingAtTheirs, "hijack").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("Only your own messages");

        SendRecord stored = log.all().get(0);
        assertThat(stored.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.succeeded()).isFalse();
            assertThat(edit.error()).contains("Only your own messages");
            assertThat(edit.text()).isEqualTo("hijack");
        });
        assertThat(stored.currentText()).isEqualTo("mine");
    }

    @Test
    void unsendingDeletesTheMessageInTheChatAndKeepsTheRowMarked() throws Exception {
        SendRecord row = SentRows.sent(client, log, sender, CHAT, "oops, wrong chat");

        SendRecord unsent = sender.editor().unsend(row).get(10, TimeUnit.SECONDS);

        assertThat(unsent.state()).isEqualTo(SendState.UNSENT);
        assertThat(unsent.unsentAt()).isNotNull();
        assertThat(unsent.finalMessageID()).isEqualTo(row.finalMessageID());
        assertThat(log.all()).containsExactly(unsent);
        assertThat(client.listMessages(CHAT, null).get(10, TimeUnit.SECONDS).items())
                .extracting(Message::id).doesNotContain(row.finalMessageID());
    }

    @Test
    void anEditSavedAfterTheRowChangedBuildsOnTheStoredRow() throws Exception {
        SendRecord row = SentRows.sent(client, log, sender, CHAT, "first");
        SendRecord firstEdit = sender.editor().edit(row, "second").get(10, TimeUnit.SECONDS);
        assertThat(firstEdit.edits()).hasSize(1);

        // The composer still holds the row as it was when the edit began.
        SendRecord again = sender.editor().edit(row, "third").get(10, TimeUnit.SECONDS);

        assertThat(again.edits()).extracting(e -> e.text()).containsExactly("second", "third");
        SendRecord unsent = sender.editor().unsend(row).get(10, TimeUnit.SECONDS);
        assertThat(unsent.edits()).hasSize(2);
        assertThat(log.find(row.id())).contains(unsent);
    }

    @Test
    void aRowWithoutAFinalIdIsNeitherEditedNorUnsent() {
        SendRecord pending = log.add(SendRecord.sending(Instant.now(), CHAT, "Alice", "hi", null, null, null, "{}"))
                .pending("p-1", CHAT, Instant.now());

        assertThat(MessageEditor.editRefusal(pending)).isEqualTo("it has no final message ID yet");
        assertThatThrownBy(() -> sender.editor().edit(pending, "x").get()).hasMessageContaining("no final message ID");
        assertThatThrownBy(() -> sender.editor().unsend(pending).get()).hasMessageContaining("no final message ID");
    }

    @Test
    void theSeededChatsCapabilitiesAllowEditingAndAreLookedUpOncePerChat() throws Exception {
        ChatCapabilityCache cache = sender.editor().capabilities();
        assertThat(cache.ifKnown(CHAT)).isNull();

        assertThat(cache.of(CHAT).get(10, TimeUnit.SECONDS)).hasValueSatisfying(caps -> {
            assertThat(caps.acceptsEdits()).isTrue();
            assertThat(caps.acceptsDeletes()).isTrue();
        });
        assertThat(cache.of(CHAT)).isSameAs(cache.of(CHAT));
        assertThat(cache.ifKnown(CHAT)).isPresent();
    }
}
