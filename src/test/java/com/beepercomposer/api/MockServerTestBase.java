package com.beepercomposer.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer and a client pointed at it, with retries fast enough for tests. */
abstract class MockServerTestBase {
    static final String TOKEN = "s3cr3t-token-value";

    MockWebServer server;
    BeeperClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new BeeperClient(config(2));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    ClientConfig config(int retries) {
        String base = "http://127.0.0.1:" + server.getPort();
        return ClientConfig.of(base, AccessToken.of(TOKEN)).withRetries(retries, Duration.ofMillis(10));
    }

    void enqueueJson(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request arrived");
        }
        return request;
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new AssertionError("call did not complete", e);
        }
    }

    static ApiException failure(CompletableFuture<?> future) throws InterruptedException, TimeoutException {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                return api;
            }
            throw new AssertionError("expected an ApiException, got " + e.getCause(), e.getCause());
        }
        throw new AssertionError("expected the call to fail");
    }
}
