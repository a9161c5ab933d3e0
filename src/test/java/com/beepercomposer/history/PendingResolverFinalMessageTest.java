package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.EventStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** A resolved row keeps the final message as the server described it. */
class PendingResolverFinalMessageTest {

    @Test
    void storesTheFinalMessageJson() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (request.getTarget().equals("/v1/chats/!c:x/messages/p1")) {
                        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                                .body("{\"id\":\"f1\",\"chatID\":\"!c:x\",\"accountID\":\"a\",\"senderID\":\"me\","
                                        + "\"sortKey\":\"1\",\"timestamp\":\"2026-11-25T10:00:01Z\","
                                        + "\"text\":\"hi\",\"futureField\":1}").build();
                    }
                    return new MockResponse.Builder().code(404).build();
                }
            });
            server.start();
            InMemorySendLog log = new InMemorySendLog();
            SendRecord row = log.add(SendRecord.sending(Instant.now(), "!c:x", "Team", "hi", null, null, null,
                    "{\"text\":\"hi\"}").withConnection(ConnectionRef.desktop(URI.create("http://127.0.0.1:" + server.getPort()))));
            log.update(row.pending("p1", "!c:x", Instant.now()));
            CompletableFuture<SendRecord> settled = new CompletableFuture<>();
            log.subscribe(r -> {
                if (r.state().isSettled()) {
                    settled.complete(r);
                }
            });
            BeeperClient client = new BeeperClient(ClientConfig.of("http://127.0.0.1:" + server.getPort(),
                    AccessToken.of("t")));
            try (PendingResolver resolver = new PendingResolver(client,
                    ConnectionRef.desktop(client.config().baseUri()), log, Clock.systemUTC(),
                    PendingResolver.Polling.DEFAULT, EventStream.Backoff.DEFAULT)) {
                resolver.start();
                SendRecord done = settled.get(10, TimeUnit.SECONDS);
                assertThat(done.state()).isEqualTo(SendState.SENT);
                assertThat(done.finalMessageID()).isEqualTo("f1");
                assertThat(done.finalMessageJson()).startsWith("{\"id\":\"f1\",\"chatID\":\"!c:x\"")
                        .contains("\"text\":\"hi\"").doesNotContain("futureField");
            }
        }
    }
}
