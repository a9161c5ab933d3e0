package com.beepercomposer.history;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the filter bar asks for: a chat (its title or ID contains the words), a state (null for
 * all), and free text found in the message text or any of the row's IDs. Case never matters;
 * blank parts match everything.
 */
public record HistoryFilter(String chat, SendState state, String text) implements Predicate<SendRecord> {
    public static final HistoryFilter ALL = new HistoryFilter("", null, "");

    public HistoryFilter {
        chat = normalise(chat);
        text = normalise(text);
    }

    @Override
    public boolean test(SendRecord row) {
        return (state == null || row.state() == state)
                && (chat.isEmpty() || contains(row.chatTitle(), chat) || contains(row.chatID(), chat))
                && (text.isEmpty() || matchesText(row));
    }

    private boolean matchesText(SendRecord row) {
        return contains(row.text(), text) || contains(row.pendingMessageID(), text)
                || contains(row.finalMessageID(), text) || contains(row.chatID(), text)
                || contains(row.routedChatID(), text) || contains(row.replyToMessageID(), text)
                || contains(row.uploadID(), text) || contains(row.attachmentName(), text);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String normalise(String part) {
        return part == null ? "" : part.strip().toLowerCase(Locale.ROOT);
    }
}
