package com.beepercomposer.compose;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ChatCapabilities;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each chat allows, looked up once per chat through the client. A failed lookup is
 * forgotten, so the next question asks again; an unknown answer is "nothing said" (empty).
 */
public final class ChatCapabilityCache {
    private final BeeperClient client;
    private final Map<String, CompletableFuture<Optional<ChatCapabilities>>> byChat = new ConcurrentHashMap<>();

    public ChatCapabilityCache(BeeperClient client) {
        this.client = client;
    }

    /** The chat's capabilities, empty when the chat reports none. */
    public CompletableFuture<Optional<ChatCapabilities>> of(String chatID) {
        CompletableFuture<Optional<ChatCapabilities>> lookup = byChat.computeIfAbsent(chatID,
                id -> client.chat(id).thenApply(chat -> Optional.ofNullable(chat.capabilities())));
        lookup.whenComplete((caps, failure) -> {
            if (failure != null) {
                byChat.remove(chatID, lookup);
            }
        });
        return lookup;
    }

    /** What is known now without waiting: null while the lookup runs or after it failed. */
    public Optional<ChatCapabilities> ifKnown(String chatID) {
        CompletableFuture<Optional<ChatCapabilities>> lookup = byChat.get(chatID);
        return lookup != null && lookup.isDone() && !lookup.isCompletedExceptionally() ? lookup.join() : null;
    }
}
