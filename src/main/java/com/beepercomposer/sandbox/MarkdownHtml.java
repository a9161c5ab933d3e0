package com.beepercomposer.sandbox;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns the Markdown people type into the HTML Beeper stores with a message: CommonMark plus GFM
 * strikethrough, the dialect the app's editor previews. Raw HTML in the text is escaped and unsafe
 * link targets ({@code javascript:} and the like) are dropped, since the HTML is shown to others.
 * A message of one paragraph is stored without the {@code <p>} around it, as chat apps do.
 */
final class MarkdownHtml {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            // sanitizeUrls also adds rel="nofollow", which Matrix's HTML subset does not carry.
            .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.remove("rel"))
            .build();

    private MarkdownHtml() {
    }

    static String toHtml(String markdown) {
        if (markdown == null) {
            return null;
        }
        Node document = PARSER.parse(markdown);
        Node only = document.getFirstChild();
        if (only instanceof Paragraph && only.getNext() == null) {
            StringBuilder inline = new StringBuilder();
            for (Node child = only.getFirstChild(); child != null; child = child.getNext()) {
                inline.append(RENDERER.render(child));
            }
            return inline.toString();
        }
        return RENDERER.render(document).strip();
    }
}
