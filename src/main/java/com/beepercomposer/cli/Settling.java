package com.beepercomposer.cli;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.EventStream;
import com.beepercomposer.history.ConnectionRef;
import com.beepercomposer.history.PendingResolver;
import com.beepercomposer.history.SendLog;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows sent rows to their final message with the app's own {@link PendingResolver} (the
 * event socket, polling while it is down), so the command line settles rows by the same rules
 * and writes the same history. Started before the sends, so no pending row slips past it.
 */
final class Settling implements AutoCloseable {
    /** Polls quicker than the app at first: a script is waiting on the answer. */
    static final PendingResolver.Polling POLLING = new PendingResolver.Polling(Duration.ofMillis(250),
            Duration.ofSeconds(2), Duration.ofMinutes(10));

    private final SendLog log;
    private final PendingResolver resolver;
    private final Map<Long, CompletableFuture<SendRecord>> waiting = new ConcurrentHashMap<>();
    private final Subscription subscription;

    Settling(BeeperClient client, ConnectionRef via, SendLog log) {
        this.log = log;
        this.subscription = log.subscribe(row -> {
            if (row.state().isSettled()) {
                waiting.computeIfAbsent(row.id(), id -> new CompletableFuture<>()).complete(row);
            }
        });
        this.resolver = new PendingResolver(client, via, log, Clock.systemUTC(), POLLING, EventStream.Backoff.DEFAULT);
        resolver.start();
    }

    /**
     * Each row as it stands once settled, or as it was last written when {@code timeout} ran out
     * (still pending: the caller says it may yet arrive).
     */
    List<SendRecord> await(List<SendRecord> rows, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        return rows.stream().map(row -> {
            if (row.state().isSettled()) {
                return row;
            }
            CompletableFuture<SendRecord> settled = waiting.computeIfAbsent(row.id(), id -> new CompletableFuture<>());
            try {
                return settled.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return latest(row);
            } catch (ExecutionException e) {
                return latest(row);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return latest(row);
            }
        }).toList();
    }

    private SendRecord latest(SendRecord row) {
        return log.all().stream().filter(r -> r.id() == row.id()).findFirst().orElse(row);
    }

    @Override
    public void close() {
        resolver.close();
        subscription.cancel();
    }
}
