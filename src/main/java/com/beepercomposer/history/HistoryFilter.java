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
    private static final char FIELD_SEPARATOR = '\u0000';

    public HistoryFilter {
        chat = normalise(chat);
        text = normalise(text);
    }

    @Override
    public boolean test(SendRecord row) {
        return test(row, text.isEmpty() ? "" : searchText(row));
    }

    /**
     * As {@link #test(SendRecord)}, with the row's {@link #searchText} given: a list that keeps it
     * per row makes a text search over a long history one fast {@code contains} per row.
     */
    public boolean test(SendRecord row, String searchText) {
        return (state == null || row.state() == state)
                && (chat.isEmpty() || contains(row.chatTitle(), chat) || contains(row.chatID(), chat))
                && (text.isEmpty() || searchText.contains(text));
    }

    /**
     * The fields the free text is looked for in (message text and IDs), lower case, joined by a
     * character nobody types, so a match never spans two fields.
     */
    public static String searchText(SendRecord row) {
        StringBuilder joined = new StringBuilder(96);
        for (String field : new String[] {row.text(), row.pendingMessageID(), row.finalMessageID(), row.chatID(),
                row.routedChatID(), row.replyToMessageID(), row.uploadID(), row.attachmentName()}) {
            if (field != null) {
                joined.append(field).append(FIELD_SEPARATOR);
            }
        }
        return joined.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Case-blind {@code contains} without lower-casing the haystack: a pass over a long history
     * then allocates nothing per row. {@code needle} is already lower case.
     */
    static boolean contains(String haystack, String needle) {
        if (haystack == null) {
            return false;
        }
        int length = needle.length();
        if (length == 0) {
            return true;
        }
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0, last = haystack.length() - length; i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == first || c == firstUpper || Character.toLowerCase(c) == first)
                    && haystack.regionMatches(true, i, needle, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String part) {
        return part == null ? "" : part.strip().toLowerCase(Locale.ROOT);
    }
}
