package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event socket: handshake, subscription, parsing, and reconnecting after a drop. */
class EventStreamTest extends MockServerTestBase {
    private final RecordingListener recorder = new RecordingListener();
    private final BlockingQueue<StreamEvent> events = recorder.events;
    private final BlockingQueue<EventStream.State> states = recorder.states;
    private final BlockingQueue<String> subscriptions = new LinkedBlockingQueue<>();
    private EventStream stream;

    @AfterEach
    void closeStream() {
        if (stream != null) {
            stream.close();
        }
    }

    /** A server side that greets with ready, records what the client sends, then runs {@code afterSubscribe}. */
    private MockResponse socket(java.util.function.Consumer<WebSocket> afterSubscribe) {
        return new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                webSocket.send("{\"type\":\"ready\",\"version\":1,\"chatIDs\":[]}");
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                webSocket.close(1000, null);
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                subscriptions.add(text);
                afterSubscribe.accept(webSocket);
            }
        }).build();
    }

    private EventStream open() {
        stream = client.events(recorder, new EventStream.Backoff(Duration.ofMillis(20), Duration.ofMillis(100)));
        return stream;
    }

    private <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        T value = queue.poll(10, TimeUnit.SECONDS);
        assertThat(value).as("nothing arrived in time").isNotNull();
        return value;
    }

    @Test
    void handshakeCarriesTheTokenAndSubscribesAfterReady() throws Exception {
        server.enqueue(socket(ws -> { }));

        open().start();
        stream.subscribeAll();

        RecordedRequest handshake = take();
        assertThat(handshake.getTarget()).isEqualTo("/v1/ws");
        assertThat(handshake.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(next(events)).isEqualTo(new StreamEvent.Ready(1, java.util.List.of()));
        assertThat(next(subscriptions))
                .isEqualTo("{\"type\":\"subscriptions.set\",\"requestID\":\"r1\",\"chatIDs\":[\"*\"]}");
    }

    @Test
    void domainEventsAreParsedLenientlyAndJunkIsSkipped() throws Exception {
        server.enqueue(socket(ws -> {
            ws.send("not json at all");
            ws.send("{\"type\":\"subscriptions.updated\",\"requestID\":\"r1\",\"chatIDs\":[\"c1\"]}");
            ws.send("{\"type\":\"message.upserted\",\"seq\":42,\"ts\":\"1739320000000\",\"chatID\":\"c1\","
                    + "\"accountID\":\"wa\",\"ids\":[\"m1\"],\"entries\":[{\"id\":\"m1\",\"chatID\":\"c1\","
                    + "\"accountID\":\"wa\",\"senderID\":\"s\",\"sortKey\":\"1\",\"timestamp\":\"2026-01-01T00:00:00Z\","
                    + "\"sendStatus\":{\"status\":\"SUCCESS\",\"timestamp\":\"t\"},\"brandNew\":true}]}");
            ws.send("{\"type\":\"chat.upserted\",\"seq\":43,\"ts\":1739320000001,\"chatID\":\"c1\",\"ids\":[\"c1\"]}");
        }));

        open().start();
        stream.subscribe(java.util.List.of("c1"));

        assertThat(next(events)).isInstanceOf(StreamEvent.Ready.class);
        assertThat(next(subscriptions)).contains("\"chatIDs\":[\"c1\"]");
        assertThat(next(events)).isEqualTo(new StreamEvent.SubscriptionsUpdated("r1", java.util.List.of("c1")));
        StreamEvent.Domain upserted = (StreamEvent.Domain) next(events);
        assertThat(upserted.type()).isEqualTo(StreamEvent.Domain.MESSAGE_UPSERTED);
        assertThat(upserted.seq()).isEqualTo(42);
        assertThat(upserted.ts()).isEqualTo(1739320000000L);
        assertThat(upserted.accountID()).isEqualTo("wa");
        assertThat(upserted.messages()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("m1");
            assertThat(m.sendStatus().isSettled()).isTrue();
        });
        StreamEvent.Domain chat = (StreamEvent.Domain) next(events);
        assertThat(chat.type()).isEqualTo("chat.upserted");
        assertThat(chat.entries()).isEmpty();
    }

    @Test
    void reconnectsAndSubscribesAgainAfterTheServerCloses() throws Exception {
        server.enqueue(socket(ws -> ws.close(1001, "going away")));
        server.enqueue(socket(ws -> { }));

        open().start();
        stream.subscribeAll();

        assertThat(next(subscriptions)).contains("\"requestID\":\"r1\"");
        assertThat(next(subscriptions)).contains("\"requestID\":\"r2\"").contains("\"chatIDs\":[\"*\"]");
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(states).contains(EventStream.State.CONNECTING, EventStream.State.CONNECTED,
                EventStream.State.RECONNECTING);
    }

    @Test
    void mixingAllWithChatIdsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open().subscribe(java.util.List.of("*", "c1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
