package com.beepercomposer.ui;

import com.beepercomposer.compose.Draft;
import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDrafts;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Saves every chat's draft shortly after every change, so a crash loses nothing typed. The
 * snapshot is taken on the FX thread; only the writing happens on the disk executor.
 */
final class ComposerAutosave {
    private final UiExecutor ui;
    private Runnable flush = () -> { };
    private Runnable stop = () -> { };

    ComposerAutosave(UiExecutor ui) {
        this.ui = ui;
    }

    void start(ObservableValue<Draft> draft, Supplier<SavedDrafts> snapshot, DraftStore store, Executor io) {
        Debouncer later = new Debouncer(Duration.ofMillis(500), ui);
        Runnable save = () -> {
            SavedDrafts taken = snapshot.get();
            try {
                io.execute(() -> store.save(taken));
            } catch (RejectedExecutionException exiting) {
                // the disk thread has stopped: the exit's own flush already saved the draft
            }
        };
        ChangeListener<Draft> onChange = (obs, old, now) -> later.submit(save);
        draft.addListener(onChange);
        flush = () -> {
            later.cancel();
            save.run();
        };
        stop = () -> {
            draft.removeListener(onChange);
            later.cancel();
        };
    }

    /** Saves now instead of shortly: on exit, so the last keystrokes (or a send's clearing) land. */
    void flush() {
        flush.run();
    }

    /** Saves now and stops listening, so no timer keeps the composer alive. */
    void close() {
        flush.run();
        stop.run();
        flush = () -> { };
        stop = () -> { };
    }
}
