package com.beepercomposer.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.api.ValidationIssue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Shared helpers: a client for a running sandbox and ways to wait on results without sleeping blindly. */
final class SandboxFixture {
    static final Duration WAIT = Duration.ofSeconds(10);

    private SandboxFixture() {
    }

    static SandboxServer start(SandboxBuilder builder) {
        return builder.build().start();
    }

    static BeeperClient client(SandboxServer server) {
        return client(server, server.token());
    }

    static BeeperClient client(SandboxServer server, String token) {
        ClientConfig config = ClientConfig.of(server.baseUrl(), token == null ? null : AccessToken.of(token))
                .withRetries(0, Duration.ofMillis(10));
        return new BeeperClient(config);
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("No answer in time", e);
        }
    }

    static ApiException failure(CompletableFuture<?> future) {
        try {
            future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                return api;
            }
            throw new AssertionError("Expected an ApiException", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("No answer in time", e);
        }
        return fail("Expected the call to fail");
    }

    /** The call failed with this status and an issue naming exactly this field path. */
    static ApiException assertIssue(CompletableFuture<?> future, int status, Object... path) {
        ApiException e = failure(future);
        assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
        assertThat(e.issues()).extracting(ValidationIssue::path).as(e.getMessage()).contains(List.of(path));
        return e;
    }

    /** Polls a condition until it holds; for states only observable by asking again. */
    static void eventually(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            fail("Condition not met within " + WAIT);
        }
    }
}
