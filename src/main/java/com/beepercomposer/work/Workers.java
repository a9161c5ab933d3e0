package com.beepercomposer.work;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one owner of work off the FX thread, as {@code UiExecutor} owns the way back. Each kind
 * of work has its own named lane, so a send never waits behind an export, a draft save or a
 * connection switch:
 * <ul>
 * <li>{@link #history()}: history writes, one at a time, so each row's steps land in order;</li>
 * <li>{@link #files()}: drafts, exports, pasted images and other disk work;</li>
 * <li>{@link #connections()}: opening and closing connections (starting and stopping a sandbox);</li>
 * <li>{@link #search()}: the history's text filter going through every row.</li>
 * </ul>
 * Network callbacks run on each session's own {@link #newNetworkExecutor(String)}, closed with it.
 */
public final class Workers implements AutoCloseable {
    private final Executor history;
    private final Executor files;
    private final Executor connections;
    private final Executor search;
    private final List<ExecutorService> owned;

    private Workers(Executor history, Executor files, Executor connections, Executor search,
                    List<ExecutorService> owned) {
        this.history = history;
        this.files = files;
        this.connections = connections;
        this.search = search;
        this.owned = owned;
    }

    /** The app's lanes: daemon threads named after their work, closed on exit. */
    public static Workers start() {
        ExecutorService history = Executors.newSingleThreadExecutor(named("history-writer"));
        ExecutorService files = Executors.newSingleThreadExecutor(named("file-work"));
        ExecutorService connections = Executors.newSingleThreadExecutor(named("connection-switch"));
        ExecutorService search = Executors.newSingleThreadExecutor(named("history-search"));
        return new Workers(history, files, connections, search, List.of(history, files, connections, search));
    }

    /** Every lane on one executor the caller owns: for tests that want to control when work runs. */
    public static Workers allOn(Executor executor) {
        return new Workers(executor, executor, executor, executor, List.of());
    }

    public Executor history() {
        return history;
    }

    public Executor files() {
        return files;
    }

    public Executor connections() {
        return connections;
    }

    public Executor search() {
        return search;
    }

    /**
     * A session's network callbacks: a small pool of daemon threads that end with the session,
     * so a closed connection leaves no thread behind.
     */
    public static ExecutorService newNetworkExecutor(String session) {
        return Executors.newCachedThreadPool(named("network-" + session));
    }

    /** Lets queued work finish (the last history rows and the draft land), then stops the lanes. */
    @Override
    public void close() {
        owned.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : owned) {
            try {
                if (!lane.awaitTermination(5, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lane.shutdownNow();
            }
        }
    }

    /** Daemon threads named after their lane, numbered when a lane has several. */
    public static ThreadFactory named(String lane) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            int n = count.incrementAndGet();
            Thread thread = new Thread(runnable, n == 1 ? lane : lane + "-" + n);
            thread.setDaemon(true);
            return thread;
        };
    }
}
