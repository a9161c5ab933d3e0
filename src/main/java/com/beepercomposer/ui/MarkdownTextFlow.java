package com.beepercomposer.ui;

import com.beepercomposer.compose.FormattingRules;
import com.beepercomposer.compose.MarkdownFeature;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Renders a parsed Markdown tree as styled runs of text for a {@code TextFlow}, no WebView:
 * each run carries the CSS classes of every style around it (bold inside a quote is both).
 * Building the runs needs no toolkit, so it can happen off the FX thread.
 */
public final class MarkdownTextFlow {

    /** A piece of text and its style classes. */
    public record Run(String text, List<String> styles) {
    }

    private MarkdownTextFlow() {
    }

    /** The whole preview as one list of runs, blocks separated by a blank line. */
    public static List<Run> runs(Node document) {
        List<Run> runs = new ArrayList<>();
        for (List<Run> block : blocks(document)) {
            if (!runs.isEmpty()) {
                runs.add(new Run("\n\n", List.of()));
            }
            runs.addAll(block);
        }
        return runs;
    }

    /**
     * The preview a top-level block at a time, so a change re-renders only the blocks it
     * touched: typing in one paragraph of a long draft leaves the others' nodes alone.
     */
    public static List<List<Run>> blocks(Node document) {
        return blocks(document, FormattingRules.EVERYTHING);
    }

    /**
     * As {@link #blocks(Node)}, for a chat that renders only some Markdown: what it does not
     * render is shown as it will arrive, its characters as typed.
     */
    public static List<List<Run>> blocks(Node document, FormattingRules rules) {
        List<List<Run>> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Renderer renderer = new Renderer(rules);
            block.accept(renderer);
            List<Run> runs = renderer.runs;
            // A block's own trailing break is the gap between blocks, which the layout draws.
            while (!runs.isEmpty() && runs.get(runs.size() - 1).text().equals("\n")) {
                runs.remove(runs.size() - 1);
            }
            if (!runs.isEmpty()) {
                blocks.add(List.copyOf(runs));
            }
        }
        return blocks;
    }

    /** JavaFX nodes for the runs; call on the FX thread. */
    public static List<javafx.scene.text.Text> nodes(List<Run> runs) {
        List<javafx.scene.text.Text> nodes = new ArrayList<>(runs.size());
        for (Run run : runs) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(run.text());
            text.getStyleClass().add("md-text");
            text.getStyleClass().addAll(run.styles());
            nodes.add(text);
        }
        return nodes;
    }

    private static final class Renderer extends AbstractVisitor {
        private final FormattingRules rules;
        private final List<Run> runs = new ArrayList<>();
        private final List<String> styles = new ArrayList<>();
        private final List<String> listPrefixes = new ArrayList<>();
        private boolean quoteStartPending;
        private int quoteDepth;

        Renderer(FormattingRules rules) {
            this.rules = rules;
        }

        /** A feature the chat renders gets its style; one it does not, its characters around the text. */
        private void styledOrTyped(MarkdownFeature feature, String style, String open, String close, Node node) {
            if (rules.renders(feature)) {
                styled(style, node);
                return;
            }
            literal(open);
            visitChildren(node);
            literal(close);
        }

        private void literal(String marks) {
            styles.add("md-literal");
            emit(marks);
            styles.remove(styles.size() - 1);
        }

        private void emit(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (quoteStartPending && quoteDepth > 0) {
                quoteStartPending = false;
                runs.add(new Run("\u2503 ".repeat(quoteDepth), List.of("md-quote-bar")));
            }
            runs.add(new Run(text, List.copyOf(styles)));
        }

        private void newline() {
            runs.add(new Run("\n", List.of()));
            quoteStartPending = true;
        }

        /** Ends the current line unless it has just ended. */
        private void endLine() {
            if (!runs.isEmpty() && !runs.get(runs.size() - 1).text().equals("\n")) {
                newline();
            }
        }

        private void styled(String style, Node node) {
            styles.add(style);
            visitChildren(node);
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(Text text) {
            emit(text.getLiteral());
        }

        @Override
        public void visit(StrongEmphasis node) {
            styledOrTyped(MarkdownFeature.BOLD, "md-bold", node.getOpeningDelimiter(), node.getClosingDelimiter(),
                    node);
        }

        @Override
        public void visit(Emphasis node) {
            styledOrTyped(MarkdownFeature.ITALIC, "md-italic", node.getOpeningDelimiter(),
                    node.getClosingDelimiter(), node);
        }

        @Override
        public void visit(Code code) {
            if (!rules.renders(MarkdownFeature.INLINE_CODE)) {
                String ticks = code.getLiteral().contains("`") ? "``" : "`";
                literal(ticks);
                emit(code.getLiteral());
                literal(ticks);
                return;
            }
            styles.add("md-code");
            emit(code.getLiteral());
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(Link link) {
            boolean autolink = link.getFirstChild() instanceof Text only && only.getNext() == null
                    && only.getLiteral().equals(link.getDestination());
            if (autolink && !rules.renders(MarkdownFeature.LINK)) {
                emit(link.getDestination());
                return;
            }
            styledOrTyped(MarkdownFeature.LINK, "md-link", "[", "](" + link.getDestination() + ")", link);
        }

        @Override
        public void visit(SoftLineBreak node) {
            // Chat apps keep the line breaks people type.
            newline();
        }

        @Override
        public void visit(HardLineBreak node) {
            newline();
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            endLine();
        }

        @Override
        public void visit(Heading heading) {
            styled("md-heading", heading);
            newline();
        }

        @Override
        public void visit(BlockQuote quote) {
            quoteDepth++;
            quoteStartPending = true;
            styled("md-quote", quote);
            quoteDepth--;
        }

        @Override
        public void visit(FencedCodeBlock block) {
            if (!rules.renders(MarkdownFeature.CODE_BLOCK)) {
                String fence = String.valueOf(block.getFenceCharacter()).repeat(block.getOpeningFenceLength());
                literal(fence + (block.getInfo() == null ? "" : block.getInfo()));
                newline();
                emit(block.getLiteral());
                literal(fence);
                newline();
                return;
            }
            codeBlock(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            if (!rules.renders(MarkdownFeature.CODE_BLOCK)) {
                String literal = block.getLiteral().endsWith("\n")
                        ? block.getLiteral().substring(0, block.getLiteral().length() - 1) : block.getLiteral();
                emit("    " + literal.replace("\n", "\n    "));
                newline();
                return;
            }
            codeBlock(block.getLiteral());
        }

        private void codeBlock(String literal) {
            styles.add("md-code-block");
            emit(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
            styles.remove(styles.size() - 1);
            newline();
        }

        @Override
        public void visit(BulletList list) {
            listPrefixes.add("\u2022 ");
            visitChildren(list);
            listPrefixes.remove(listPrefixes.size() - 1);
        }

        @Override
        public void visit(OrderedList list) {
            listPrefixes.add("#" + list.getMarkerStartNumber());
            visitChildren(list);
            listPrefixes.remove(listPrefixes.size() - 1);
        }

        @Override
        public void visit(ListItem item) {
            int level = listPrefixes.size() - 1;
            String prefix = listPrefixes.get(level);
            String marker = prefix;
            if (prefix.startsWith("#")) {
                int number = Integer.parseInt(prefix.substring(1));
                marker = number + ". ";
                listPrefixes.set(level, "#" + (number + 1));
            }
            styles.add("md-list-marker");
            emit("    ".repeat(level) + marker);
            styles.remove(styles.size() - 1);
            visitChildren(item);
            endLine();
        }

        @Override
        public void visit(ThematicBreak node) {
            emit("\u2015\u2015\u2015\u2015\u2015\u2015");
            newline();
        }

        @Override
        public void visit(HtmlInline html) {
            emit(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            emit(html.getLiteral());
            newline();
        }

        @Override
        public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof Strikethrough strike) {
                styledOrTyped(MarkdownFeature.STRIKETHROUGH, "md-strike", strike.getOpeningDelimiter(),
                        strike.getClosingDelimiter(), node);
            } else {
                visitChildren(node);
            }
        }
    }
}
