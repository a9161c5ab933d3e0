package com.beepercomposer.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * What the views built in code say over and over: an id with style classes, an accessible text,
 * a row of nodes. Texts come in already read from the bundles ({@code Texts.get} with the key, at the
 * call), so the bundles' test sees every key a view uses.
 */
final class ViewParts {
    private ViewParts() {
    }

    /** The node under {@code id}, as {@code #id} lookups and the CSS know it. */
    static <T extends Node> T named(T node, String id, String... styleClasses) {
        node.setId(id);
        return styled(node, styleClasses);
    }

    static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    static <T extends Node> T described(T node, String accessibleText) {
        node.setAccessibleText(accessibleText);
        return node;
    }

    static <T extends Node> T described(T node, String accessibleText, String accessibleHelp) {
        node.setAccessibleHelp(accessibleHelp);
        return described(node, accessibleText);
    }

    /** Takes the row's spare width. */
    static <T extends Node> T growing(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    /** A label or the like that takes the row's spare width, however wide that is. */
    static <T extends javafx.scene.control.Control> T stretching(T control) {
        control.setMaxWidth(Double.POSITIVE_INFINITY);
        return growing(control);
    }

    /** Nodes side by side, centred on the line. */
    static HBox row(double spacing, Node... children) {
        HBox row = new HBox(spacing, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
