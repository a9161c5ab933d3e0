package com.beepercomposer.ui;

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
        List<List<Run>> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Renderer renderer = new Renderer();
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
        private final List<Run> runs = new ArrayList<>();
        private final List<String> styles = new ArrayList<>();
        private final List<String> listPrefixes = new ArrayList<>();
        private boolean quoteStartPending;
        private int quoteDepth;

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
            styled("md-bold", node);
        }

        @Override
        public void visit(Emphasis node) {
            styled("md-italic", node);
        }

        @Override
        public void visit(Code code) {
            styles.add("md-code");
            emit(code.getLiteral());
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(Link link) {
            styled("md-link", link);
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
            codeBlock(block.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
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
            if (node instanceof Strikethrough) {
                styled("md-strike", node);
            } else {
                visitChildren(node);
            }
        }
    }
}
