package com.beepercomposer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * "The latest request wins" in one place: starting a request makes every earlier one stale,
 * cancels its future, and drops its answer should it arrive anyway. A search typed over, a
 * chat switched away from, an attachment replaced: none of their late answers reach the UI.
 * Used from the UI thread only.
 */
public final class Latest {
    private final UiExecutor ui;
    private long generation;
    private CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);

    public Latest(UiExecutor ui) {
        this.ui = ui;
    }

    /** Starts a new request: the one before it is cancelled and will be ignored. */
    public Ticket next() {
        // Stale first: cancelling may run the old request's failure handler right here.
        Ticket ticket = new Ticket(++generation);
        inFlight.cancel(true);
        return ticket;
    }

    /** Makes whatever is on its way stale, starting nothing new. */
    public void cancel() {
        next();
    }

    /** Starts {@code request} as the latest and hands its outcome to the UI thread only while it still is. */
    public <T> void run(CompletableFuture<T> request, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        next().deliver(request, onSuccess, onFailure);
    }

    /** One request; it may take several steps (check, then upload), all dropped once it is stale. */
    public final class Ticket {
        private final long number;

        private Ticket(long number) {
            this.number = number;
        }

        public boolean isCurrent() {
            return number == generation;
        }

        /** The next step of this request: its outcome is delivered only while the request is the latest. */
        public <T> void deliver(CompletableFuture<T> step, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
            if (isCurrent()) {
                inFlight = step;
            }
            ui.deliver(step, value -> {
                if (isCurrent()) {
                    onSuccess.accept(value);
                }
            }, failure -> {
                if (isCurrent()) {
                    onFailure.accept(failure);
                }
            });
        }

        /** Runs {@code action} now only while this request is the latest (for progress updates). */
        public void ifCurrent(Runnable action) {
            if (isCurrent()) {
                action.run();
            }
        }
    }
}
