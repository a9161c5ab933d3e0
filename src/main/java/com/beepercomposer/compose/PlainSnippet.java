package com.beepercomposer.compose;

import java.util.regex.Pattern;

/** Turns a message's Matrix HTML into one line of plain text for lists and the reply strip. */
public final class PlainSnippet {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainSnippet() {
    }

    public static String of(String html, int maxLength) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String withBreaks = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</blockquote>", " ");
        String text = TAG.matcher(withBreaks).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        text = SPACE.matcher(text).replaceAll(" ").strip();
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }
}
