package com.beepercomposer.history;

import java.util.Objects;

/**
 * The group a row was sent in: several files dropped at once, or one file sent several ways
 * by "Send as…". Every row of a group shares its {@code id}; the history folds them under one
 * line and the matrix view lines the variants up side by side.
 *
 * @param id      shared by the rows of one group, unique across groups
 * @param kind    what made the group
 * @param index   this row's place in the group, from 0
 * @param size    how many rows the group was made with
 * @param variant for a matrix row, what this variant changed (for example "as sticker" or
 *                "name=a.gif, mime=image/gif"); for a file row, the file's name
 */
public record SendGroup(String id, Kind kind, int index, int size, String variant) {

    /** What made a group. */
    public enum Kind {
        /** Several files, one message each. */
        FILES,
        /** One file sent several ways. */
        MATRIX
    }

    /** Rows of one group in their place in it; a retry after the row it retries. */
    public static final java.util.Comparator<SendRecord> ORDER = java.util.Comparator
            .comparingInt((SendRecord r) -> r.group().index()).thenComparingLong(SendRecord::id);

    public SendGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (index < 0 || size < 1 || index >= size) {
            throw new IllegalArgumentException("index " + index + " outside a group of " + size);
        }
        variant = variant == null ? "" : variant;
    }

    /** A new group's ID: the time it was made and a random part, so two processes never collide. */
    public static String newId(java.time.Instant now) {
        return Long.toString(now.toEpochMilli(), 36) + "-"
                + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }
}
