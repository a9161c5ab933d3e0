package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LatestTest {
    private final Latest latest = new Latest(UiExecutor.direct());
    private final List<String> seen = new ArrayList<>();

    @Test
    void anOlderAnswerArrivingLastIsDroppedAndItsRequestCancelled() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        latest.run(first, seen::add, e -> seen.add("failed"));
        latest.run(second, seen::add, e -> seen.add("failed"));

        second.complete("second");
        first.complete("first");

        assertThat(seen).containsExactly("second");
        assertThat(first).isCancelled();
    }

    @Test
    void aStaleFailureIsDroppedToo() {
        CompletableFuture<String> first = new CompletableFuture<>();
        Latest.Ticket ticket = latest.next();
        ticket.deliver(first, seen::add, e -> seen.add("failed"));
        latest.cancel();

        first.completeExceptionally(new IllegalStateException());

        assertThat(seen).isEmpty();
        assertThat(ticket.isCurrent()).isFalse();
    }

    @Test
    void everyStepOfTheCurrentRequestIsDeliveredAndTheLatestStepIsTheOneCancelled() {
        Latest.Ticket ticket = latest.next();
        ticket.deliver(CompletableFuture.completedFuture("checked"), seen::add, e -> { });
        CompletableFuture<String> upload = new CompletableFuture<>();
        ticket.deliver(upload, seen::add, e -> { });
        ticket.ifCurrent(() -> seen.add("progress"));

        latest.next();
        ticket.ifCurrent(() -> seen.add("late progress"));

        assertThat(seen).containsExactly("checked", "progress");
        assertThat(upload).isCancelled();
    }

    @Test
    void failuresArriveUnwrapped() {
        IllegalStateException real = new IllegalStateException("real");
        List<Throwable> failures = new ArrayList<>();
        latest.run(CompletableFuture.<String>failedFuture(real).thenApply(s -> s), seen::add, failures::add);

        assertThat(failures).containsExactly(real);
    }
}
