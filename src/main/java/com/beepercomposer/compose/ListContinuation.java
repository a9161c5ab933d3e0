package com.beepercomposer.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Enter does in the Markdown editor: a plain line break, except inside a list item, where
 * the next line starts with the same marker ({@code - }, {@code * }, {@code + }, the next number,
 * an unchecked {@code [ ] } task box); Enter on an item with nothing after its marker ends the
 * list by removing the marker.
 */
public final class ListContinuation {
    /** Replace {@code [start, end)} with {@code text}, then put the caret at {@code caret}. */
    public record Edit(int start, int end, String text, int caret) {
    }

    private static final Pattern ITEM = Pattern.compile(
            "^(?<indent>[ \\t]*)(?:(?<bullet>[-*+])|(?<number>\\d{1,9})(?<delim>[.)]))(?<gap>[ \\t]+)"
                    + "(?<task>\\[[ xX]][ \\t]+)?");

    private ListContinuation() {
    }

    /** The edit Enter makes with the caret at {@code caret} in {@code text} (no selection). */
    public static Edit enter(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        Matcher item = ITEM.matcher(text.substring(lineStart, caret));
        if (!item.lookingAt()) {
            return new Edit(caret, caret, "\n", caret + 1);
        }
        int lineEnd = text.indexOf('\n', caret);
        String rest = text.substring(caret, lineEnd < 0 ? text.length() : lineEnd);
        boolean emptyItem = item.end() == caret - lineStart && rest.isBlank();
        if (emptyItem) {
            return new Edit(lineStart, caret, "", lineStart);
        }
        String marker = item.group("indent") + nextMarker(item) + item.group("gap")
                + (item.group("task") == null ? "" : "[ ] ");
        return new Edit(caret, caret, "\n" + marker, caret + 1 + marker.length());
    }

    private static String nextMarker(Matcher item) {
        if (item.group("bullet") != null) {
            return item.group("bullet");
        }
        return (Long.parseLong(item.group("number")) + 1) + item.group("delim");
    }
}
