package com.beepercomposer.compose;

import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.Message;
import com.beepercomposer.api.Page;
import com.beepercomposer.i18n.Texts;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;

/** A chat's messages for the reply selector, newest first, a page at a time going back. */
public final class ReplyCandidates {
    /** Newest first: by sort key where both have one, else by timestamp text (ISO 8601 sorts as text). */
    static final Comparator<Message> NEWEST_FIRST = Comparator
            .comparing((Message m) -> m.timestamp() == null ? "" : m.timestamp())
            .thenComparing(m -> m.sortKey() == null ? "" : m.sortKey())
            .reversed();

    private final BeeperClient client;

    public ReplyCandidates(BeeperClient client) {
        this.client = client;
    }

    /** One page; {@code cursor} null for the newest. Deleted and reaction messages are left out. */
    public CompletableFuture<Page<Message>> page(String chatID, String cursor) {
        return client.listMessages(chatID, cursor).thenApply(page -> new Page<>(
                page.items().stream()
                        .filter(m -> !Boolean.TRUE.equals(m.isDeleted()) && !"REACTION".equals(m.type()))
                        .sorted(NEWEST_FIRST)
                        .toList(),
                page.hasMore(), page.oldestCursor(), page.newestCursor()));
    }

    /** What a candidate looks like in the list: sender, one plain line, and whether it has files. */
    public static String snippet(Message message) {
        String text = PlainSnippet.of(message.text(), 80);
        if (!text.isEmpty()) {
            return text;
        }
        if (!message.attachments().isEmpty()) {
            String name = message.attachments().get(0).fileName();
            return name != null ? name : Texts.get("reply.attachment");
        }
        return message.type() == null ? Texts.get("reply.noText")
                : "(" + message.type().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    public static String sender(Message message) {
        if (Boolean.TRUE.equals(message.isSender())) {
            return Texts.get("reply.you");
        }
        return message.senderName() != null ? message.senderName() : message.senderID();
    }
}
