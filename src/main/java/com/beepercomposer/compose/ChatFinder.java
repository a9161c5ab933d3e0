package com.beepercomposer.compose;

import com.beepercomposer.api.ApiException;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Chat;
import com.beepercomposer.api.ChatSearch;
import com.beepercomposer.api.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * What the chat field finds for what was typed: recent chats for nothing, the chat itself for
 * a pasted chat ID or local chat ID, and search results (titles, then participants) otherwise.
 */
public final class ChatFinder {
    public static final int LIMIT = 20;
    /** Beeper chat IDs look like {@code !room:server}; local chat IDs are short tokens without spaces. */
    private static final Pattern ID_SHAPED = Pattern.compile("^!\\S+$|^\\S+:\\S+$|^\\d+$");

    private final BeeperClient client;

    public ChatFinder(BeeperClient client) {
        this.client = client;
    }

    public static boolean looksLikeId(String text) {
        return text != null && ID_SHAPED.matcher(text.strip()).matches();
    }

    /** Chats for the popup, best first; a chat found by its exact ID leads. */
    public CompletableFuture<List<Chat>> find(String typed) {
        String query = typed == null ? "" : typed.strip();
        if (query.isEmpty()) {
            return client.listChats(null).thenApply(Page::items);
        }
        CompletableFuture<List<Chat>> byTitle = client.searchChats(ChatSearch.query(query).withLimit(LIMIT))
                .thenApply(Page::items);
        CompletableFuture<List<Chat>> byPeople = client.searchChats(
                ChatSearch.query(query).withScope("participants").withLimit(LIMIT)).thenApply(Page::items);
        CompletableFuture<List<Chat>> exact = looksLikeId(query)
                ? lookup(query).thenApply(List::of).exceptionally(error -> List.of())
                : CompletableFuture.completedFuture(List.of());
        return exact.thenCombine(byTitle, ChatFinder::merge).thenCombine(byPeople, ChatFinder::merge);
    }

    /** {@code GET /v1/chats/{id}}: the full chat with its capabilities, by chat ID or local chat ID. */
    public CompletableFuture<Chat> lookup(String id) {
        return client.chat(id.strip());
    }

    /** True when a lookup failed because no such chat exists (as opposed to a broken connection). */
    public static boolean isUnknownChat(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api.status() == 404 || api.kind() == ApiException.Kind.INVALID_REQUEST;
            }
        }
        return false;
    }

    private static List<Chat> merge(List<Chat> first, List<Chat> second) {
        List<Chat> merged = new ArrayList<>(first);
        for (Chat chat : second) {
            if (merged.stream().noneMatch(c -> c.id().equals(chat.id()))) {
                merged.add(chat);
            }
        }
        return merged.size() > LIMIT ? merged.subList(0, LIMIT) : merged;
    }
}
