package com.beepercomposer.history;

import com.beepercomposer.i18n.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How long each step of a send took, in words: "pending after 120 ms, final after 1.4 s". */
public final class SendTimings {
    private SendTimings() {
    }

    public static String describe(SendRecord row) {
        List<String> parts = new ArrayList<>(2);
        if (row.pendingAt() != null) {
            parts.add(Texts.get("timings.pending", duration(row.createdAt(), row.pendingAt())));
        }
        if (row.finalAt() != null) {
            // An unsent message was final first; its unsending is a later step of its own.
            String step = row.state() == SendState.SENT || row.state() == SendState.UNSENT
                    ? Texts.get("timings.final")
                    : row.state().text().toLowerCase(Texts.locale());
            parts.add(Texts.get("timings.after", step, duration(row.createdAt(), row.finalAt())));
        }
        if (row.unsentAt() != null) {
            parts.add(Texts.get("timings.unsent", duration(row.createdAt(), row.unsentAt())));
        }
        if (parts.isEmpty()) {
            return row.state().isSettled() ? "" : Texts.get("timings.waiting");
        }
        return String.join(", ", parts);
    }

    /** Milliseconds under a second, then seconds with one decimal, then minutes and seconds. */
    static String duration(Instant from, Instant to) {
        long millis = Duration.between(from, to).toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Texts.locale(), "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
