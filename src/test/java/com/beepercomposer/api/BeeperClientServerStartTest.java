package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Calls made while the server is still starting (the built-in sandbox, beside the window) wait for it. */
class BeeperClientServerStartTest extends MockServerTestBase {

    @Test
    void aCallMadeBeforeTheServerHasStartedGoesOutOnceItHas() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        client.sendAfter(started);
        enqueueJson(200, "{\"app\":{\"version\":\"4.2.1\"}}");

        CompletableFuture<Info> info = client.info();

        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).as("sent before the server started").isNull();
        assertThat(info).isNotDone();
        started.complete(null);
        assertThat(take().getTarget()).isEqualTo("/v1/info");
        assertThat(await(info)).isNotNull();
    }

    @Test
    void aServerThatFailsToStartLetsTheCallGoOutAndFailAsUsual() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        client.sendAfter(started);
        enqueueJson(503, "{\"message\":\"down\"}");
        enqueueJson(503, "{\"message\":\"down\"}");
        enqueueJson(503, "{\"message\":\"down\"}");

        CompletableFuture<Info> info = client.info();
        started.completeExceptionally(new IllegalStateException("the sandbox could not start"));

        assertThat(take().getTarget()).isEqualTo("/v1/info");
        assertThat(info).failsWithin(10, TimeUnit.SECONDS);
    }

    @Test
    void aSessionClosedBeforeItsServerStartedEndsItsWaitingCallsUnsent() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        client.sendAfter(started);

        CompletableFuture<Info> info = client.info();
        started.cancel(false);

        assertThat(info).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.CANCELLED));
        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).as("nothing sent").isNull();
    }
}
