package com.beepercomposer.history;

/**
 * A listener's registration, cancelled by whoever made it when it closes: a closed window or
 * session must leave nothing registered on the history, which outlives them all.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    Subscription NONE = () -> { };

    /** Stops the listener; cancelling twice is harmless. */
    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
