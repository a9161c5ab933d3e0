package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CausesTest {
    @Test
    void unwrapsNestedFutureWrappersDownToTheRealCause() {
        IOException real = new IOException("disk full");
        Throwable wrapped = new CompletionException(new ExecutionException(new CompletionException(real)));

        assertThat(Causes.unwrap(wrapped)).isSameAs(real);
    }

    @Test
    void aFailedChainOfStagesUnwrapsToWhatFailedFirst() {
        ApiException refused = ApiException.invalidRequest("bad ID");
        Throwable[] seen = new Throwable[1];
        CompletableFuture.failedFuture(refused).thenApply(x -> x).thenCompose(CompletableFuture::completedFuture)
                .whenComplete((value, error) -> seen[0] = error);

        assertThat(Causes.unwrap(seen[0])).isSameAs(refused);
    }

    @Test
    void leavesAWrapperWithoutCauseAndFindsTheApiExceptionAnywhereInTheChain() {
        CompletionException bare = new CompletionException("no cause", null);
        assertThat(Causes.unwrap(bare)).isSameAs(bare);

        ApiException api = ApiException.invalidRequest("bad");
        assertThat(Causes.apiException(new RuntimeException(new CompletionException(api)))).isSameAs(api);
        assertThat(Causes.apiException(new IOException("other"))).isNull();
    }

    @Test
    void rethrowableKeepsAnExistingCompletionException() {
        CompletionException existing = new CompletionException(new IOException());
        assertThat(Causes.rethrowable(existing)).isSameAs(existing);
        IOException plain = new IOException();
        assertThat(Causes.rethrowable(plain).getCause()).isSameAs(plain);
    }
}
