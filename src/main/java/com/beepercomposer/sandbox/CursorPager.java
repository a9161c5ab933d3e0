package com.beepercomposer.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor paging as the API does it: a list ordered newest first, a cursor naming one item,
 * {@code direction=before} for older items (the SDK sends only the cursor for the next page,
 * so before is the default) and {@code after} for newer ones.
 */
final class CursorPager {
    private CursorPager() {
    }

    /**
     * @param newestFirst items sorted by {@code key} descending; keys compare as strings
     */
    static <T> WirePage<T> page(List<T> newestFirst, Function<T, String> key, String cursor, String direction,
                            int limit) {
        boolean after = parseDirection(direction);
        if (cursor == null || cursor.isEmpty()) {
            List<T> items = newestFirst.subList(0, Math.min(limit, newestFirst.size()));
            return build(items, key, newestFirst.size() > limit);
        }
        String anchor = decode(cursor);
        List<T> candidates = new ArrayList<>();
        for (T item : newestFirst) {
            int cmp = key.apply(item).compareTo(anchor);
            if (after ? cmp > 0 : cmp < 0) {
                candidates.add(item);
            }
        }
        if (after) {
            // The newer page closest to the cursor: the oldest `limit` of the newer items.
            int from = Math.max(0, candidates.size() - limit);
            return build(candidates.subList(from, candidates.size()), key, from > 0);
        }
        return build(candidates.subList(0, Math.min(limit, candidates.size())), key, candidates.size() > limit);
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static int limit(String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < 1 || value > max) {
                throw SandboxError.invalid("too_big", "limit must be between 1 and " + max, "limit");
            }
            return value;
        } catch (NumberFormatException e) {
            throw SandboxError.invalid("invalid_type", "limit must be a number", "limit");
        }
    }

    private static boolean parseDirection(String direction) {
        if (direction == null || direction.isEmpty() || direction.equals("before")) {
            return false;
        }
        if (direction.equals("after")) {
            return true;
        }
        throw SandboxError.invalid("invalid_enum_value", "direction must be 'before' or 'after'", "direction");
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SandboxError.invalid("custom", "Unknown cursor", "cursor");
        }
    }

    private static <T> WirePage<T> build(List<T> items, Function<T, String> key, boolean hasMore) {
        if (items.isEmpty()) {
            return new WirePage<>(List.of(), false, null, null);
        }
        return new WirePage<>(items, hasMore, encode(key.apply(items.get(items.size() - 1))),
                encode(key.apply(items.get(0))));
    }
}
