package com.beepercomposer.api;

/**
 * Options of {@code GET /v1/chats/search}; null fields are not sent.
 *
 * @param scope     "titles" (title and network) or "participants"
 * @param type      "single", "group" or "any"
 * @param direction "before" for older pages, "after" for newer
 */
public record ChatSearch(String query, String scope, String type, Integer limit, String cursor, String direction) {

    public static ChatSearch query(String query) {
        return new ChatSearch(query, null, null, null, null, null);
    }

    public ChatSearch withLimit(int newLimit) {
        return new ChatSearch(query, scope, type, newLimit, cursor, direction);
    }

    public ChatSearch withScope(String newScope) {
        return new ChatSearch(query, newScope, type, limit, cursor, direction);
    }

    public ChatSearch withType(String newType) {
        return new ChatSearch(query, scope, newType, limit, cursor, direction);
    }

    /** The page older than the one that gave {@code oldestCursor}. */
    public ChatSearch olderThan(String oldestCursor) {
        return new ChatSearch(query, scope, type, limit, oldestCursor, "before");
    }
}
