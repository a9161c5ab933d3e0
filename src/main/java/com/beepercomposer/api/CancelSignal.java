package com.beepercomposer.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Lets the caller stop a long operation (an upload) from any thread. */
public final class CancelSignal {
    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public static CancelSignal none() {
        return new CancelSignal();
    }

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancel, at once if already cancelled. */
    public void onCancel(Runnable action) {
        listeners.add(action);
        if (cancelled) {
            action.run();
        }
    }
}
