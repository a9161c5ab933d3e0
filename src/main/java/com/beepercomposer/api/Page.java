package com.beepercomposer.api;

import java.util.List;

/**
 * One page of a cursor list. The next (older) page is asked for with
 * {@code cursor=oldestCursor&direction=before}.
 */
public record Page<T>(List<T> items, boolean hasMore, String oldestCursor, String newestCursor) {
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
