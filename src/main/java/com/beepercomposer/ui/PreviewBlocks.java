package com.beepercomposer.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The preview as one TextFlow per Markdown block. A new rendering keeps the blocks that did
 * not change, at the start and at the end, and rebuilds only those between: an edit in a
 * 20,000-character draft costs one paragraph's nodes, not the whole draft's.
 */
public final class PreviewBlocks {
    private final VBox box;
    private final Node emptyHint;
    private List<List<MarkdownTextFlow.Run>> shown = List.of();

    public PreviewBlocks(VBox box, Node emptyHint) {
        this.box = box;
        this.emptyHint = emptyHint;
        box.getChildren().setAll(emptyHint);
    }

    public void show(List<List<MarkdownTextFlow.Run>> blocks) {
        if (blocks.isEmpty()) {
            shown = List.of();
            box.getChildren().setAll(emptyHint);
            return;
        }
        if (shown.isEmpty()) {
            box.getChildren().clear();
        }
        int common = Math.min(shown.size(), blocks.size());
        int prefix = 0;
        while (prefix < common && shown.get(prefix).equals(blocks.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < common - prefix
                && shown.get(shown.size() - 1 - suffix).equals(blocks.get(blocks.size() - 1 - suffix))) {
            suffix++;
        }
        box.getChildren().remove(prefix, shown.size() - suffix);
        box.getChildren().addAll(prefix, blocks.subList(prefix, blocks.size() - suffix).stream()
                .map(PreviewBlocks::flow).toList());
        shown = blocks;
    }

    private static TextFlow flow(List<MarkdownTextFlow.Run> runs) {
        List<Text> nodes = MarkdownTextFlow.nodes(runs);
        TextFlow flow = new TextFlow(nodes.toArray(Node[]::new));
        flow.getStyleClass().add("md-block");
        return flow;
    }
}
