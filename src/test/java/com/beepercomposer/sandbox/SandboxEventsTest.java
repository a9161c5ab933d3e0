package com.beepercomposer.sandbox;

import com.beepercomposer.api.RecordingListener;

import static com.beepercomposer.sandbox.SandboxFixture.await;
import static com.beepercomposer.sandbox.SandboxFixture.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.SendMessage;
import com.beepercomposer.api.SendResult;
import com.beepercomposer.api.SendStatus;
import com.beepercomposer.api.StreamEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The /v1/ws socket through the client's EventStream, and its protocol errors on a raw socket. */
class SandboxEventsTest {
    private static final EventStream.Backoff FAST = new EventStream.Backoff(Duration.ofMillis(20),
            Duration.ofMillis(100));

    private static SandboxServer server;
    private static BeeperClient client;

    @BeforeAll
    static void startSandbox() {
        server = SandboxFixture.start(SandboxServer.builder().confirmDelay(Duration.ofMillis(50)));
        client = client(server);
    }

    @AfterAll
    static void stopSandbox() {
        server.stop();
    }

    @Test
    void aSendIsAnnouncedPendingThenFinalWithGrowingSeq() throws Exception {
        RecordingListener recorder = new RecordingListener();
        try (EventStream stream = client.events(recorder, FAST).start()) {
            assertThat(recorder.next(StreamEvent.Ready.class).version()).isEqualTo(1);
            stream.subscribe(List.of(SandboxServer.DEFAULT_LOCAL_CHAT_ID));
            assertThat(recorder.next(StreamEvent.SubscriptionsUpdated.class).chatIDs())
                    .containsExactly(SandboxServer.DEFAULT_CHAT_ID);

            await(client.send(SeedData.BOB_CHAT_ID, SendMessage.text("not followed")));
            SendResult sent = await(client.send(SandboxServer.DEFAULT_CHAT_ID, SendMessage.text("hello _socket_")));
            StreamEvent.Domain pending = recorder.next(StreamEvent.Domain.class);
            assertThat(pending.type()).isEqualTo("message.upserted");
            assertThat(pending.chatID()).isEqualTo(SandboxServer.DEFAULT_CHAT_ID);
            assertThat(pending.ids()).containsExactly(sent.pendingMessageID());
            assertThat(pending.messages().get(0).sendStatus().status()).isEqualTo(SendStatus.PENDING);

            StreamEvent.Domain confirmed = recorder.next(StreamEvent.Domain.class);
            Message last = confirmed.messages().get(0);
            assertThat(confirmed.seq()).isGreaterThan(pending.seq());
            assertThat(confirmed.ts()).isPositive();
            assertThat(last.id()).isNotEqualTo(sent.pendingMessageID()).isEqualTo(confirmed.ids().get(0));
            assertThat(last.sendStatus().status()).isEqualTo(SendStatus.SUCCESS);
            assertThat(last.text()).isEqualTo("hello <em>socket</em>");
            assertThat(await(client.message(sent.chatID(), sent.pendingMessageID()))).isEqualTo(last);
        }
    }

    @Test
    void droppedSocketsReconnectAndResubscribe() throws Exception {
        RecordingListener recorder = new RecordingListener();
        try (EventStream stream = client.events(recorder, FAST).start()) {
            recorder.awaitState(EventStream.State.CONNECTED);
            stream.subscribeAll();
            recorder.next(StreamEvent.SubscriptionsUpdated.class);
            server.faults().dropSocketsNow();
            recorder.awaitState(EventStream.State.RECONNECTING);
            recorder.awaitState(EventStream.State.CONNECTED);
            assertThat(recorder.next(StreamEvent.SubscriptionsUpdated.class).chatIDs()).containsExactly("*");
            SendResult sent = await(client.send(SeedData.MOM_CHAT_ID, SendMessage.text("after the drop")));
            assertThat(recorder.next(StreamEvent.Domain.class).ids()).containsExactly(sent.pendingMessageID());
        }
    }

    @Test
    void theSocketNeedsTheToken() {
        CompletableFuture<WebSocket> attempt = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer wrong")
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/v1/ws"), new WebSocket.Listener() { });
        try {
            attempt.join();
            throw new AssertionError("The socket opened without a valid token");
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(401);
        }
    }

    @Test
    void mixingStarWithChatIdsIsAnInvalidPayload() throws Exception {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + server.token())
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/v1/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            assertThat(frames.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"type\":\"ready\",\"version\":1,\"chatIDs\":[]}");
            ws.sendText("{\"type\":\"subscriptions.set\",\"requestID\":\"r9\",\"chatIDs\":[\"*\",\"!a:b\"]}", true)
                    .get(10, TimeUnit.SECONDS);
            String error = frames.poll(10, TimeUnit.SECONDS);
            assertThat(error).contains("\"type\":\"error\"", "\"requestID\":\"r9\"", "\"code\":\"INVALID_PAYLOAD\"");
            ws.sendText("{\"type\":\"subscriptions.set\",\"requestID\":\"r10\",\"chatIDs\":[]}", true)
                    .get(10, TimeUnit.SECONDS);
            assertThat(frames.poll(10, TimeUnit.SECONDS))
                    .isEqualTo("{\"type\":\"subscriptions.updated\",\"requestID\":\"r10\",\"chatIDs\":[]}");
        } finally {
            ws.abort();
        }
    }
}
