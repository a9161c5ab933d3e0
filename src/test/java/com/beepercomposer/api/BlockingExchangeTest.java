package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BlockingExchangeTest extends MockServerTestBase {
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private void holdAnswersUntilReleased() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(10, TimeUnit.SECONDS);
                return new MockResponse.Builder().code(200).body("{}").build();
            }
        });
    }

    private HttpRequest get() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/v1/info")).build();
    }

    @Test
    void theAnswerIsHandedOnByTheClientsWorkerNotAnotherPool() throws Exception {
        holdAnswersUntilReleased();
        CompletableFuture<String> handledOn = BlockingExchange.start(http, get())
                .thenApply(response -> Thread.currentThread().getName());
        take();
        release.countDown();

        assertThat(handledOn.get(10, TimeUnit.SECONDS)).startsWith("beeper-http-");
    }

    @Test
    void cancellingAbortsTheExchangeAndTheWorkerServesTheNextOneUninterrupted() throws Exception {
        holdAnswersUntilReleased();
        CompletableFuture<?> first = BlockingExchange.start(http, get());
        take();
        first.cancel(true);
        assertThat(first).isCancelled();
        release.countDown();

        CompletableFuture<Boolean> interrupted = BlockingExchange.start(http, get())
                .thenApply(response -> Thread.currentThread().isInterrupted());
        assertThat(interrupted.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
