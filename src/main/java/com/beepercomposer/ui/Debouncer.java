package com.beepercomposer.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the last of a burst of requests once the burst has paused, on the UI thread. One shared
 * daemon timer thread serves every debouncer, so none keeps the app alive on exit.
 */
public final class Debouncer {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "debounce-timer");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration quiet;
    private final UiExecutor ui;
    private ScheduledFuture<?> pending;
    /** Bumped by every submit and cancel: an action already on its way to the UI thread checks it. */
    private long generation;

    public Debouncer(Duration quiet, UiExecutor ui) {
        this.quiet = quiet;
        this.ui = ui;
    }

    /** Replaces any waiting action with {@code action}; call from the UI thread. */
    public synchronized void submit(Runnable action) {
        cancel();
        long mine = generation;
        pending = TIMER.schedule(() -> ui.execute(() -> {
            if (isCurrent(mine)) {
                action.run();
            }
        }), quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void cancel() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private synchronized boolean isCurrent(long submitted) {
        return submitted == generation;
    }
}
