package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that declare a body and send it slowly or not at all: each is cut off with a JSON
 * 408 (or turned away with 503 when too many are waiting), and good requests are answered
 * meanwhile. Every connection here is on loopback and the loops are bounded.
 */
class SandboxSlowBodyTest {
    private static final String SEND = "/v1/chats/" + SandboxServer.DEFAULT_LOCAL_CHAT_ID + "/messages";
    private static final String GOOD = "GET /v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\n"
            + "Connection: close\r\n\r\n";

    private SandboxServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void manySlowBodiesDoNotStopAGoodRequest() throws Exception {
        int maxBodies = 16;
        server = SandboxFixture.start(SandboxServer.builder().maxConcurrentBodies(maxBodies)
                .bodyReadTimeout(Duration.ofSeconds(3)));
        List<SlowClient> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                slow.add(SlowClient.open(server.port(), server.token(), SEND, 1000, "{\"text\":\"sl"));
            }
            RawHttp.Response good = RawHttp.send(server.port(), GOOD.formatted(server.token()));
            assertThat(good.status()).as(good.toString()).isEqualTo(200);

            int timedOut = 0;
            int turnedAway = 0;
            for (SlowClient client : slow) {
                RawHttp.Response answer = client.answer();
                answer.assertJsonError(answer.status());
                assertThat(answer.status()).as(answer.toString()).isIn(408, 503);
                if (answer.status() == 408) {
                    timedOut++;
                } else {
                    turnedAway++;
                    assertThat(answer.header("Retry-After")).isNotNull();
                }
            }
            assertThat(timedOut).isGreaterThanOrEqualTo(maxBodies);
            assertThat(turnedAway).isPositive();
        } finally {
            for (SlowClient client : slow) {
                client.close();
            }
        }
        assertThat(RawHttp.send(server.port(), GOOD.formatted(server.token())).status()).isEqualTo(200);
    }

    @Test
    void aSilentBodyEndsAtTheIdleTimeout() throws Exception {
        server = SandboxFixture.start(SandboxServer.builder().idleTimeout(Duration.ofMillis(300)));
        try (SlowClient client = SlowClient.open(server.port(), server.token(), SEND, 1000, "{\"te")) {
            client.answer().assertJsonError(408);
        }
        assertThat(RawHttp.send(server.port(), GOOD.formatted(server.token())).status()).isEqualTo(200);
    }

    @Test
    void aTricklingBodyEndsAtTheBodyReadTimeout() throws Exception {
        // The idle timeout alone would never fire: a byte arrives every 50 ms.
        server = SandboxFixture.start(SandboxServer.builder().idleTimeout(Duration.ofSeconds(10))
                .bodyReadTimeout(Duration.ofMillis(500)));
        try (SlowClient client = SlowClient.open(server.port(), server.token(), SEND, 100_000, "{\"text\":\"")) {
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 400; i++) {
                        client.send("x");
                        Thread.sleep(50);
                    }
                } catch (Exception stopped) {
                    // the server answered and closed, or the test ended
                }
            }, "trickle");
            trickle.setDaemon(true);
            trickle.start();
            client.answer().assertJsonError(408);
            trickle.interrupt();
        }
        assertThat(RawHttp.send(server.port(), GOOD.formatted(server.token())).status()).isEqualTo(200);
    }
}
