package com.beepercomposer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Small bindings the views share: a label that takes no room while empty, a style class that follows a flag. */
final class NodeStates {
    private NodeStates() {
    }

    static void showOnlyWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    static void toggleStyle(Node node, String style, boolean on) {
        node.getStyleClass().remove(style);
        if (on) {
            node.getStyleClass().add(style);
        }
    }
}
