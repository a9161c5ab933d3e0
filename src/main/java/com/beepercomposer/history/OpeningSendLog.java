package com.beepercomposer.history;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A send log that is still being opened, so the window can be built while the database opens
 * beside it. Reads and writes wait for the opening (they run on the history lane, never on the
 * FX thread); a listener subscribed before then is registered as soon as the log is open.
 */
public final class OpeningSendLog implements SendLog, AutoCloseable {
    private final CompletableFuture<SendLog> opening;

    public OpeningSendLog(CompletableFuture<SendLog> opening) {
        this.opening = opening;
    }

    /** The opened log; waits for it. */
    SendLog opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public SendRecord add(SendRecord record) {
        return opened().add(record);
    }

    @Override
    public void update(SendRecord record) {
        opened().update(record);
    }

    @Override
    public boolean delete(long id) {
        return opened().delete(id);
    }

    @Override
    public List<SendRecord> all() {
        return opened().all();
    }

    @Override
    public List<SendRecord> group(String groupID) {
        return opened().group(groupID);
    }

    @Override
    public Optional<SendRecord> find(long id) {
        return opened().find(id);
    }

    @Override
    public List<SendRecord> pending() {
        return opened().pending();
    }

    /** Does not wait: the listener is registered once the log is open, and not at all if cancelled first. */
    @Override
    public Subscription subscribe(Consumer<SendRecord> listener) {
        Pending pending = new Pending(listener);
        opening.thenAccept(pending::register);
        return pending;
    }

    /** A subscription whose registration may come later; cancelling before it means there will be none. */
    private static final class Pending implements Subscription {
        private final Consumer<SendRecord> listener;
        private Subscription registered;
        private boolean cancelled;

        Pending(Consumer<SendRecord> listener) {
            this.listener = listener;
        }

        synchronized void register(SendLog log) {
            if (!cancelled) {
                registered = log.subscribe(listener);
            }
        }

        @Override
        public synchronized void cancel() {
            cancelled = true;
            if (registered != null) {
                registered.cancel();
            }
        }
    }

    @Override
    public int subscribers() {
        return opened().subscribers();
    }

    @Override
    public void close() throws Exception {
        if (opened() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
