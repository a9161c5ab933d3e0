package com.beepercomposer.sandbox;

import static com.beepercomposer.sandbox.SandboxFixture.assertIssue;
import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static com.beepercomposer.sandbox.SandboxFixture.eventually;
import static com.beepercomposer.sandbox.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.FocusRequest;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.RecordingListener;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.api.StreamEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing, deleting and focus, with the events they announce. */
class SandboxAfterSendTest {
    private static final String CHAT = SandboxServer.DEFAULT_CHAT_ID;
    private static final EventStream.Backoff FAST = new EventStream.Backoff(Duration.ofMillis(20),
            Duration.ofMillis(100));

    private SandboxServer server;
    private BeeperClient client;

    @BeforeEach
    void start() {
        server = SandboxFixture.start(SandboxServer.builder().confirmDelay(Duration.ofMillis(20)));
        client = client(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anEditReturnsTheUpdatedMessageAndIsAnnounced() throws Exception {
        String id = sentAndFinal("first *draft*");
        RecordingListener recorder = new RecordingListener();
        try (EventStream stream = client.events(recorder, FAST).start()) {
            recorder.next(StreamEvent.Ready.class);
            stream.subscribeAll();
            recorder.next(StreamEvent.SubscriptionsUpdated.class);

            Message edited = await(client.editMessage(CHAT, id, "second **take**"));

            assertThat(edited.id()).isEqualTo(id);
            assertThat(edited.text()).isEqualTo("second <strong>take</strong>");
            assertThat(edited.editedTimestamp()).isNotNull();
            assertThat(await(client.message(CHAT, id))).isEqualTo(edited);
            StreamEvent.Domain event = recorder.next(StreamEvent.Domain.class);
            assertThat(event.type()).isEqualTo("message.upserted");
            assertThat(event.ids()).containsExactly(id);
            assertThat(event.messages().get(0).text()).isEqualTo(edited.text());
        }
    }

    @Test
    void onlyOwnTextMessagesCanBeEdited() {
        String theirs = await(client.listMessages(CHAT, null)).items().stream()
                .filter(m -> !Boolean.TRUE.equals(m.isSender())).findFirst().orElseThrow().id();
        assertIssue(client.editMessage(CHAT, theirs, "mine now"), 400, "messageID");
        assertThat(failure(client.editMessage(CHAT, "no-such-message", "x")).status()).isEqualTo(404);
    }

    @Test
    void aDeleteRemovesTheMessageAndIsAnnounced() throws Exception {
        String id = sentAndFinal("regrettable");
        RecordingListener recorder = new RecordingListener();
        try (EventStream stream = client.events(recorder, FAST).start()) {
            recorder.next(StreamEvent.Ready.class);
            stream.subscribe(List.of(CHAT));
            recorder.next(StreamEvent.SubscriptionsUpdated.class);

            await(client.deleteMessage(CHAT, id));

            StreamEvent.Domain event = recorder.next(StreamEvent.Domain.class);
            assertThat(event.type()).isEqualTo("message.deleted");
            assertThat(event.ids()).containsExactly(id);
        }
        assertThat(failure(client.message(CHAT, id)).status()).isEqualTo(404);
        assertThat(await(client.listMessages(CHAT, null)).items()).extracting(Message::id).doesNotContain(id);
        assertThat(failure(client.deleteMessage(CHAT, id)).status()).isEqualTo(404);
    }

    @Test
    void aPendingIDCannotBeDeleted() {
        server.confirmDelay(Duration.ofMinutes(5));
        SendResult sent = await(client.send(CHAT, SendMessage.text("still sending")));

        assertThat(failure(client.deleteMessage(CHAT, sent.pendingMessageID())).status()).isIn(400, 404);
    }

    @Test
    void focusPrefillsTheChatsDraftAndChecksItsReferences() {
        assertThat(await(client.focus(new FocusRequest(null, null, null, null)))).isTrue();
        assertThat(await(client.focus(FocusRequest.chat(SandboxServer.DEFAULT_LOCAL_CHAT_ID)
                .withDraft("from **focus**", null)))).isTrue();

        Chat chat = await(client.chat(CHAT));
        assertThat(chat.draft().text()).isEqualTo("from <strong>focus</strong>");
        assertThat(failure(client.focus(FocusRequest.chat("!nope:beeper.com"))).status()).isEqualTo(404);
        assertIssue(client.focus(new FocusRequest(null, null, "orphan draft", null)), 400, "chatID");
    }

    private String sentAndFinal(String text) {
        SendResult sent = await(client.send(CHAT, SendMessage.text(text)));
        eventually(() -> await(client.message(CHAT, sent.pendingMessageID())).isFinalFor(sent.pendingMessageID()));
        return await(client.message(CHAT, sent.pendingMessageID())).id();
    }
}
