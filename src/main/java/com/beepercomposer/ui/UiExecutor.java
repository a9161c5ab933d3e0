package com.beepercomposer.ui;

import com.beepercomposer.api.Causes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one hand-off point from background work to the FX Application Thread. Views and view
 * models never call {@code Platform.runLater} themselves; tests swap in {@link #direct()}.
 */
public interface UiExecutor extends Executor {

    static UiExecutor fx() {
        return command -> {
            if (Platform.isFxApplicationThread()) {
                command.run();
            } else {
                Platform.runLater(command);
            }
        };
    }

    /**
     * Runs on the FX thread after the current event is done, even when called on it: for a
     * dialog that must not open inside a drag-and-drop or another nested loop.
     */
    static void later(Runnable command) {
        Platform.runLater(command);
    }

    /** Runs on the calling thread, for view-model tests without a toolkit. */
    static UiExecutor direct() {
        return Runnable::run;
    }

    /** Delivers the outcome of {@code work} on the UI thread: the value, or the unwrapped failure. */
    default <T> void deliver(CompletableFuture<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        work.whenCompleteAsync((value, error) -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(Causes.unwrap(error));
            }
        }, this);
    }
}
