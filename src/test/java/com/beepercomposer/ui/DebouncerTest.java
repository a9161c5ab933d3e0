package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    /** A UI thread that runs handed-over work only when told to. */
    private final List<Runnable> queued = new CopyOnWriteArrayList<>();
    private final UiExecutor held = queued::add;

    @Test
    void onlyTheLastOfABurstRuns() throws Exception {
        AtomicInteger last = new AtomicInteger();
        Debouncer debouncer = new Debouncer(Duration.ofMillis(50), UiExecutor.direct());

        for (int i = 1; i <= 5; i++) {
            int value = i;
            debouncer.submit(() -> last.set(value));
        }

        waitFor(5, TimeUnit.SECONDS, () -> last.get() != 0);
        assertThat(last.get()).isEqualTo(5);
    }

    @Test
    void cancellingStopsAnActionAlreadyHandedToTheUiThread() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        Debouncer debouncer = new Debouncer(Duration.ofMillis(1), held);

        debouncer.submit(ran::incrementAndGet);
        waitFor(5, TimeUnit.SECONDS, () -> !queued.isEmpty());
        debouncer.cancel();
        queued.forEach(Runnable::run);

        assertThat(ran.get()).isZero();
    }
}
