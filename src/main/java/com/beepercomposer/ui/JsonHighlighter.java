package com.beepercomposer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of JSON text to colour: keys, strings, numbers and the literals. One regex
 * pass; it colours, it does not validate, so text that is not JSON still shows, just plainer.
 */
final class JsonHighlighter {
    /** A run of text to style with a CSS class; ranges never overlap and come in order. */
    record Span(int start, int end, String styleClass) {
    }

    private static final String STRING = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final Pattern TOKENS = Pattern.compile(
            "(?<KEY>" + STRING + ")(?=\\s*:)"
                    + "|(?<STRING>" + STRING + ")"
                    + "|(?<NUMBER>(?<![\\w.])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w.]))"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)");

    private JsonHighlighter() {
    }

    static List<Span> spans(String json) {
        List<Span> spans = new ArrayList<>();
        Matcher m = TOKENS.matcher(json);
        while (m.find()) {
            String style = m.group("KEY") != null ? "json-key"
                    : m.group("STRING") != null ? "json-string"
                    : m.group("NUMBER") != null ? "json-number" : "json-literal";
            spans.add(new Span(m.start(), m.end(), style));
        }
        return spans;
    }
}
