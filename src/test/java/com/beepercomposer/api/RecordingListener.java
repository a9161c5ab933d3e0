package com.beepercomposer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what an {@link EventStream} hears, for tests to wait on in order. */
public final class RecordingListener implements EventStream.Listener {
    private static final Duration WAIT = Duration.ofSeconds(10);

    public final BlockingQueue<StreamEvent> events = new LinkedBlockingQueue<>();
    public final BlockingQueue<EventStream.State> states = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(StreamEvent event) {
        events.add(event);
    }

    @Override
    public void onStateChanged(EventStream.State state, String detail) {
        states.add(state);
    }

    /** The next event, whatever it is. */
    public StreamEvent next() throws InterruptedException {
        StreamEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("no event arrived in time").isNotNull();
        return event;
    }

    /** The next event of {@code type}, skipping others. */
    public <T extends StreamEvent> T next(Class<T> type) throws InterruptedException {
        while (true) {
            StreamEvent event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("waiting for " + type.getSimpleName()).isNotNull();
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
    }

    public void awaitState(EventStream.State wanted) throws InterruptedException {
        while (true) {
            EventStream.State state = states.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(state).as("waiting for " + wanted).isNotNull();
            if (state == wanted) {
                return;
            }
        }
    }
}
