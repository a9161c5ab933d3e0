package com.beepercomposer.ui;

import com.beepercomposer.api.UploadProgress;
import com.beepercomposer.compose.Sizes;
import com.beepercomposer.i18n.Texts;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** An upload's progress as the attachment shows it: a fraction (-1 when the size is unknown) and a line of text. */
final class UploadMeter {
    private final UiExecutor ui;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    UploadMeter(UiExecutor ui) {
        this.ui = ui;
    }

    /**
     * Starts at nought for a file of {@code size} bytes; the returned listener, called from the
     * upload's thread, moves the meter while {@code mine} is still the current upload.
     */
    UploadProgress start(long size, Latest.Ticket mine) {
        fraction.set(0);
        text.set(Texts.get("upload.starting", Sizes.humanInLanguage(size)));
        long started = System.nanoTime();
        AtomicLong sentSoFar = new AtomicLong();
        AtomicBoolean queued = new AtomicBoolean();
        return (sent, total) -> {
            sentSoFar.set(sent);
            // Chunks arrive by the thousand: hand over at most one update at a time.
            if (queued.compareAndSet(false, true)) {
                ui.execute(() -> {
                    queued.set(false);
                    mine.ifCurrent(() -> {
                        long now = sentSoFar.get();
                        fraction.set(total > 0 ? (double) now / total : -1);
                        text.set(Sizes.progress(Math.min(now, total), total, System.nanoTime() - started));
                    });
                });
            }
        };
    }

    void finished() {
        fraction.set(1);
        text.set("");
    }

    void failed() {
        text.set("");
    }

    void reset() {
        fraction.set(0);
        text.set("");
    }

    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
