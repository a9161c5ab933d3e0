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

    /** Marks the field as in error while its error label says something, from now on (a value may be bad already). */
    static void markWhileSet(Label error, Node field) {
        toggleStyle(field, "danger", !error.getText().isEmpty());
        error.textProperty().addListener((obs, old, text) -> toggleStyle(field, "danger", !text.isEmpty()));
    }

    static void toggleStyle(Node node, String style, boolean on) {
        node.getStyleClass().remove(style);
        if (on) {
            node.getStyleClass().add(style);
        }
    }
}
