package com.beepercomposer.history;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears of changed rows. A listener that fails is logged and skipped: the row is already
 * stored, and the write must not look failed to the one who made it.
 */
final class RowListeners {
    private static final Logger LOG = LoggerFactory.getLogger(RowListeners.class);

    private final List<Consumer<SendRecord>> listeners = new CopyOnWriteArrayList<>();

    Subscription add(Consumer<SendRecord> listener) {
        // A wrapper of our own, so the same listener added twice is removed once per subscription.
        Consumer<SendRecord> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    int size() {
        return listeners.size();
    }

    void tell(SendRecord row) {
        for (Consumer<SendRecord> listener : listeners) {
            try {
                listener.accept(row);
            } catch (RuntimeException e) {
                LOG.warn("A history listener failed on row {}", row.id(), e);
            }
        }
    }
}
