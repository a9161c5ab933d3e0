package com.beepercomposer.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Markdown syntax in a draft for the editor's highlighting: one pass with one
 * pattern, so a 20,000-character draft is highlighted in a few milliseconds. It colours what
 * the person typed; the preview, not this, decides what the Markdown means.
 */
public final class MarkdownHighlighter {

    /** A run of text to style with a CSS class; ranges never overlap and come in order. */
    public record Span(int start, int end, String styleClass) {
    }

    private static final Pattern SYNTAX = Pattern.compile(
            "(?<CODEBLOCK>^```[^\\n]*\\n(?:.*\\n)*?(?:```[ \\t]*$|\\z)|^```[^\\n]*\\z)"
                    + "|(?<HEADING>^#{1,6}[ \\t][^\\n]*)"
                    + "|(?<QUOTE>^>[^\\n]*)"
                    + "|(?<LIST>^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]))"
                    + "|(?<CODE>`[^`\\n]+`)"
                    + "|(?<BOLD>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
                    + "|(?<STRIKE>~~[^~\\n]+~~)"
                    + "|(?<ITALIC>(?<![*\\w])\\*(?![\\s*])[^*\\n]*[^*\\s]\\*(?!\\*)|(?<![*\\w])\\*[^*\\s]\\*(?!\\*)"
                    + "|(?<![_\\w])_(?![\\s_])[^_\\n]*[^_\\s]_(?![_\\w])|(?<![_\\w])_[^_\\s]_(?![_\\w]))"
                    + "|(?<LINK>\\[[^\\]\\n]*]\\([^)\\s]*\\))",
            Pattern.MULTILINE);

    private static final String[][] GROUPS = {
            {"CODEBLOCK", "md-code-block"}, {"HEADING", "md-heading"}, {"QUOTE", "md-quote"},
            {"LIST", "md-list"}, {"CODE", "md-code"}, {"BOLD", "md-bold"}, {"STRIKE", "md-strike"},
            {"ITALIC", "md-italic"}, {"LINK", "md-link"}};

    private MarkdownHighlighter() {
    }

    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = SYNTAX.matcher(text);
        while (matcher.find()) {
            for (String[] group : GROUPS) {
                if (matcher.group(group[0]) != null) {
                    if (matcher.end() > matcher.start()) {
                        spans.add(new Span(matcher.start(), matcher.end(), group[1]));
                    }
                    break;
                }
            }
        }
        return spans;
    }
}
