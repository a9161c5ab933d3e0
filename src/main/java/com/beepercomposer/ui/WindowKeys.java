package com.beepercomposer.ui;

import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's own shortcuts, for actions whose buttons live in views that have none: each
 * presses the button with that id, so the key does exactly what a click does (and nothing
 * while the button is disabled). Installed on the window's root, never on the scene, which
 * outlives a window rebuilt for another connection.
 */
final class WindowKeys {
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination CONNECTION = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CHECK_CONNECTION = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination ATTACH = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REQUEST_PREVIEW = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination SEND_AS = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** Shortcut to the id of the button it presses. */
    private static final Map<KeyCombination, String> BUTTONS = Map.of(
            CONNECTION, "connectionButton",
            CHECK_CONNECTION, "refreshButton",
            THEME, "themeToggle",
            ATTACH, "pickButton",
            REQUEST_PREVIEW, "requestPreviewButton",
            SEND_AS, "sendAsButton");

    private WindowKeys() {
    }

    static void install(Parent root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (HELP.match(event)) {
                event.consume();
                ShortcutsWindow.show(root.getScene().getWindow());
            } else if (HISTORY.match(event)) {
                if (root.lookup(".history .table-view") instanceof TableView<?> table) {
                    event.consume();
                    table.requestFocus();
                    // Arrows then move from a row, and the details show at once.
                    if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                        table.getSelectionModel().select(0);
                        table.getFocusModel().focus(0);
                    }
                }
            } else {
                BUTTONS.entrySet().stream().filter(entry -> entry.getKey().match(event)).findFirst()
                        .map(entry -> root.lookup("#" + entry.getValue()))
                        .filter(node -> node instanceof ButtonBase && !node.isDisabled())
                        .ifPresent(button -> {
                            event.consume();
                            ((ButtonBase) button).fire();
                        });
            }
        });
    }
}
