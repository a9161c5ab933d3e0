package com.beepercomposer.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One exchange made with {@link HttpClient#send} on a worker thread, as a future. The JDK's
 * {@code sendAsync} hands every answer to the common pool before anyone sees it, and on a
 * two-core machine that pool is a new thread per task: the blocking call skips that hop and
 * costs about a third as much per request. Cancelling the future interrupts the worker, which
 * makes the JDK abort the exchange on the wire.
 */
final class BlockingExchange {
    /** Daemon workers that end after a few idle seconds, so an idle client keeps no thread. */
    private static final Executor WORKERS = workers();

    private final Object lock = new Object();
    private Thread runner;

    private BlockingExchange() {
    }

    /** @throws RejectedExecutionException only if the workers cannot start a thread */
    static CompletableFuture<HttpResponse<byte[]>> start(HttpClient http, HttpRequest request) {
        BlockingExchange exchange = new BlockingExchange();
        CompletableFuture<HttpResponse<byte[]>> answer = new CompletableFuture<>();
        answer.whenComplete((response, error) -> {
            if (answer.isCancelled()) {
                exchange.interrupt();
            }
        });
        WORKERS.execute(() -> exchange.run(http, request, answer));
        return answer;
    }

    private void run(HttpClient http, HttpRequest request, CompletableFuture<HttpResponse<byte[]>> answer) {
        synchronized (lock) {
            if (answer.isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        try {
            answer.complete(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(e);
        } catch (InterruptedException e) {
            answer.cancel(true);
        } finally {
            synchronized (lock) {
                runner = null;
            }
            // An interrupt that came after the answer must not reach this worker's next exchange.
            Thread.interrupted();
        }
    }

    private void interrupt() {
        synchronized (lock) {
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    private static Executor workers() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "beeper-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        return pool;
    }
}
