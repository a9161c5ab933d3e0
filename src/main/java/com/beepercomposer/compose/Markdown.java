package com.beepercomposer.compose;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** The one Markdown dialect of the app: CommonMark plus GFM strikethrough, as Beeper converts it. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create()))
            .build();

    private Markdown() {
    }

    /** Parses a draft; the parser is thread-safe, so the preview can parse off the FX thread. */
    public static Node parse(String text) {
        return PARSER.parse(text == null ? "" : text);
    }
}
