package com.beepercomposer.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A cursor page ({@code CursorNoLimit} / {@code CursorSearch}); both cursors are null on an empty page. */
public record WirePage<T>(List<T> items, boolean hasMore,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String oldestCursor,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String newestCursor) {
}
