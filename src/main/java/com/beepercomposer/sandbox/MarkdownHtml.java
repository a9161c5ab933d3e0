package com.beepercomposer.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown people type into the small Matrix HTML subset Beeper stores: bold, italic,
 * strikethrough, inline code, fenced code blocks and links. Deliberately small: the sandbox only
 * needs a believable rendering, not a full CommonMark implementation.
 */
final class MarkdownHtml {
    private static final Pattern FENCE = Pattern.compile("```([\\w+-]*)\\n?(.*?)```", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern ITALIC =
            Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])|(?<!\\w)_(?=\\S)([^_\\n]+?)(?<=\\S)_(?!\\w)");
    // Code is swapped out for placeholders so formatting rules never reach inside it.
    private static final char HOLE = '\u0000';

    private MarkdownHtml() {
    }

    static String toHtml(String markdown) {
        if (markdown == null) {
            return null;
        }
        java.util.List<String> held = new java.util.ArrayList<>();
        String text = markdown.replace("\r\n", "\n").replace(String.valueOf(HOLE), "");
        text = replace(FENCE, text, m -> hold(held, codeBlock(m.group(1), m.group(2))));
        text = replace(INLINE_CODE, text, m -> hold(held, "<code>" + escape(m.group(1)) + "</code>"));
        text = escape(text);
        text = replace(LINK, text, m -> "<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>");
        text = replace(BOLD, text, m -> "<strong>" + first(m) + "</strong>");
        text = replace(STRIKE, text, m -> "<del>" + m.group(1) + "</del>");
        text = replace(ITALIC, text, m -> "<em>" + first(m) + "</em>");
        text = text.replace("\n", "<br>");
        for (int i = 0; i < held.size(); i++) {
            text = text.replace(HOLE + Integer.toString(i) + HOLE, held.get(i));
        }
        return text;
    }

    private static String codeBlock(String language, String body) {
        String code = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        String cls = language == null || language.isEmpty() ? "" : " class=\"language-" + language + "\"";
        return "<pre><code" + cls + ">" + escape(code) + "</code></pre>";
    }

    private static String first(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String hold(java.util.List<String> held, String html) {
        held.add(html);
        return HOLE + Integer.toString(held.size() - 1) + HOLE;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
