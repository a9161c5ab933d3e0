package com.beepercomposer.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SenderTest {
    private static final ConnectionRef VIA = ConnectionRef.desktop(java.net.URI.create("http://127.0.0.1:9"));
    private static final ChatSummary CHAT = new ChatSummary("!team:x", null, "Team", "matrix", true, false, null);

    private MockWebServer server;
    private InMemorySendLog log;
    private Sender sender;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        log = new InMemorySendLog();
        BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t")).withRetries(0, java.time.Duration.ofMillis(1)));
        sender = new Sender(client, log, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                Runnable::run, () -> VIA);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void answer(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    @Test
    void aHistoryThatFailsAfterTheServerTookTheMessageDoesNotMakeItNotSent() throws Exception {
        answer(200, "{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p1\"}");
        InMemorySendLog memory = new InMemorySendLog();
        com.beepercomposer.history.SendLog brokenDisk = new com.beepercomposer.history.SendLog() {
            @Override
            public SendRecord add(SendRecord record) {
                return memory.add(record);
            }

            @Override
            public void update(SendRecord record) {
                throw new com.beepercomposer.history.HistoryException("disk full", null);
            }

            @Override
            public boolean delete(long id) {
                return memory.delete(id);
            }

            @Override
            public java.util.List<SendRecord> all() {
                return memory.all();
            }

            @Override
            public com.beepercomposer.history.Subscription subscribe(
                    java.util.function.Consumer<SendRecord> listener) {
                return memory.subscribe(listener);
            }

            @Override
            public int subscribers() {
                return memory.subscribers();
            }
        };
        Sender onBrokenDisk = new Sender(new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                AccessToken.of("t"))), brokenDisk, Clock.systemUTC(), Runnable::run, () -> VIA);

        SendRecord row = onBrokenDisk.send(Draft.EMPTY.withChat(CHAT).withText("hi"), null).get(5, TimeUnit.SECONDS);

        assertThat(row.state()).isEqualTo(SendState.PENDING);
        assertThat(row.pendingMessageID()).isEqualTo("p1");
    }

    @Test
    void aGroupedSendCarriesItsGroupFromTheFirstWriteAndItsRetryStaysInIt() throws Exception {
        SendGroup group = new SendGroup("g1", SendGroup.Kind.MATRIX, 1, 3, "as sticker");
        java.util.List<SendGroup> firstWrite = new java.util.ArrayList<>();
        log.subscribe(row -> firstWrite.add(row.group()));
        answer(400, "{\"code\":\"INVALID\",\"message\":\"no\"}");
        assertThatThrownBy(() -> sender.send(Draft.EMPTY.withChat(CHAT).withText("hi"), "a.png", group)
                .get(5, TimeUnit.SECONDS));
        assertThat(firstWrite).isNotEmpty().containsOnly(group);
        answer(200, "{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p2\"}");
        SendRecord again = sender.retry(log.all().get(0)).get(5, TimeUnit.SECONDS);
        assertThat(again.group()).isEqualTo(group);
    }

    @Test
    void anAnswerWithoutAPendingIdIsUnknown() throws Exception {
        answer(200, "{\"chatID\":\"!team:x\"}");
        SendRecord row = sender.send(Draft.EMPTY.withChat(CHAT).withText("hi"), null).get(5, TimeUnit.SECONDS);
        assertThat(log.all().get(0).state()).isEqualTo(SendState.UNKNOWN);
        assertThat(log.all().get(0).reason()).isEqualTo(Sender.ACCEPTED_WITHOUT_PENDING_ID)
                .contains("may or may not go out");
        // The caller is told what was recorded, not the row as it was before the answer.
        assertThat(row).isEqualTo(log.all().get(0));
        assertThat(row.state()).isEqualTo(SendState.UNKNOWN);
    }

    @Test
    void aGatewayErrorLeavesTheSendUnknownNotRejected() throws Exception {
        server.enqueue(new MockResponse.Builder().code(504).body("<html>Gateway Timeout</html>").build());
        assertThatThrownBy(() -> sender.send(Draft.EMPTY.withChat(CHAT).withText("hi"), null)
                .get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(com.beepercomposer.api.ApiException.class);
        assertThat(log.all().get(0).state()).isEqualTo(SendState.UNKNOWN);
    }

    @Test
    void keepsTheAnswerOnThePendingRow() throws Exception {
        answer(200, "{\"chatID\":\"!member:x\",\"pendingMessageID\":\"p1\"}");
        SendRecord row = sender.send(Draft.EMPTY.withChat(CHAT).withText("hi"), null).get(5, TimeUnit.SECONDS);
        assertThat(row.responseJson()).isEqualTo("{\"chatID\":\"!member:x\",\"pendingMessageID\":\"p1\"}");
        assertThat(log.all()).containsExactly(row);
    }

    @Test
    void retrySendsTheSameRequestAgainAsANewLinkedRow() throws Exception {
        String request = "{\"text\":\"it's *me*\",\"replyToMessageID\":\"m0\",\"attachment\":{\"uploadID\":"
                + "\"up-1\",\"fileName\":\"a.webp\",\"mimeType\":\"image/webp\",\"size\":{\"width\":512,"
                + "\"height\":512},\"type\":\"sticker\"}}";
        SendRecord failed = log.add(SendRecord.sending(Instant.parse("2026-11-24T09:00:00Z"), "!team:x", "Team",
                "it's *me*", "m0", "a.webp", "up-1", request));
        failed = failed.settled(SendState.REJECTED, null, "HTTP 400 BAD: try later", Instant.now());
        log.update(failed);

        answer(200, "{\"chatID\":\"!team:x\",\"pendingMessageID\":\"p2\"}");
        SendRecord retry = sender.retry(failed).get(5, TimeUnit.SECONDS);

        RecordedRequest again = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(again.getTarget()).isEqualTo("/v1/chats/!team:x/messages");
        assertThat(again.getBody().utf8()).isEqualTo(request);
        assertThat(retry.requestJson()).isEqualTo(request);
        assertThat(retry.id()).isNotEqualTo(failed.id());
        assertThat(retry.retryOf()).isEqualTo(failed.id());
        assertThat(retry.state()).isEqualTo(SendState.PENDING);
        assertThat(retry).extracting(SendRecord::chatID, SendRecord::chatTitle, SendRecord::attachmentName,
                SendRecord::uploadID, SendRecord::replyToMessageID, SendRecord::text)
                .containsExactly("!team:x", "Team", "a.webp", "up-1", "m0", "it's *me*");
        assertThat(log.all()).extracting(SendRecord::id).containsExactly(retry.id(), failed.id());
    }

    @Test
    void aRowWhoseRequestCannotBeReadIsNotRetried() {
        SendRecord broken = log.add(SendRecord.sending(Instant.now(), "!team:x", "Team", "x", null, null, null,
                "{not json"));
        assertThatThrownBy(() -> sender.retry(broken).get(5, TimeUnit.SECONDS))
                .hasMessageContaining("cannot be read");
        assertThat(log.all()).hasSize(1);
    }
}
