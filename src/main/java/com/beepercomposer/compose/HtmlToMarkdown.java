package com.beepercomposer.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Matrix HTML Beeper stores a draft as back into the Markdown the editor writes:
 * emphasis, code, links, strikethrough, paragraphs and line breaks. Other tags are dropped,
 * keeping their text.
 */
public final class HtmlToMarkdown {
    private static final Pattern LINK = Pattern.compile("(?is)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlToMarkdown() {
    }

    public static String convert(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>\\n?", "\n")
                .replaceAll("(?i)</p>\\s*", "\n\n")
                .replaceAll("(?i)</?(strong|b)>", "**")
                .replaceAll("(?i)</?(em|i)>", "_")
                .replaceAll("(?i)</?(del|s)>", "~~")
                .replaceAll("(?i)</?code>", "`")
                .replaceAll("(?i)<li>", "- ")
                .replaceAll("(?i)</li>\\s*", "\n");
        Matcher link = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement("[" + link.group(2) + "](" + link.group(1) + ")"));
        }
        link.appendTail(out);
        text = TAG.matcher(out).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return text.strip();
    }
}
