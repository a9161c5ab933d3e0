package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import java.util.List;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the window, grouped by where it works: what the F1 window lists. */
final class Shortcuts {
    /** One line of the list: where it works, the keys as this platform writes them, what it does. */
    record Shortcut(String area, String keys, String action) {
        Shortcut(String area, KeyCombination keys, String action) {
            this(area, keys.getDisplayText(), action);
        }
    }

    private Shortcuts() {
    }

    static List<Shortcut> all() {
        String composer = Texts.get("shortcuts.area.composer");
        String connection = Texts.get("shortcuts.area.connection");
        String history = Texts.get("shortcuts.area.history");
        String window = Texts.get("shortcuts.area.window");
        return List.of(
                new Shortcut(window, WindowKeys.HELP, Texts.get("shortcuts.action.1")),
                new Shortcut(window, ComposerView.FOCUS_CHAT, Texts.get("shortcuts.action.2")),
                new Shortcut(window, WindowKeys.HISTORY, Texts.get("shortcuts.action.3")),
                new Shortcut(window, Texts.get("shortcuts.keys.4"), Texts.get("shortcuts.action.4")),
                new Shortcut(connection, WindowKeys.CONNECTION, Texts.get("shortcuts.action.5")),
                new Shortcut(connection, WindowKeys.CHECK_CONNECTION, Texts.get("shortcuts.action.6")),
                new Shortcut(connection, WindowKeys.THEME, Texts.get("shortcuts.action.7")),
                new Shortcut(composer, Texts.get("shortcuts.keys.8"), Texts.get("shortcuts.action.8")),
                new Shortcut(composer, Texts.get("shortcuts.keys.9"), Texts.get("shortcuts.action.9")),
                new Shortcut(composer, Texts.get("shortcuts.keys.10"), Texts.get("shortcuts.action.10")),
                new Shortcut(composer, Texts.get("shortcuts.keys.11"), Texts.get("shortcuts.action.11")),
                new Shortcut(composer, Texts.get("shortcuts.keys.12"), Texts.get("shortcuts.action.12")),
                new Shortcut(composer, Texts.get("shortcuts.keys.13"), Texts.get("shortcuts.action.13")),
                new Shortcut(composer, Texts.get("shortcuts.keys.14"), Texts.get("shortcuts.action.14")),
                new Shortcut(composer, WindowKeys.ATTACH, Texts.get("shortcuts.action.15")),
                new Shortcut(composer, ComposerView.PASTE, Texts.get("shortcuts.action.16")),
                new Shortcut(composer, WindowKeys.REQUEST_PREVIEW, Texts.get("shortcuts.action.17")),
                new Shortcut(composer, ComposerView.SEND, Texts.get("shortcuts.action.18")),
                new Shortcut(composer, WindowKeys.SEND_AS, Texts.get("shortcuts.action.sendAs")),
                new Shortcut(history, HistoryActions.COPY_PENDING, Texts.get("shortcuts.action.19")),
                new Shortcut(history, HistoryActions.COPY_FINAL, Texts.get("shortcuts.action.20")),
                new Shortcut(history, HistoryActions.COPY_CURL, Texts.get("shortcuts.action.21")),
                new Shortcut(history, HistoryActions.LOAD, Texts.get("shortcuts.action.22")),
                new Shortcut(history, HistoryActions.RETRY, Texts.get("shortcuts.action.23")),
                new Shortcut(history, HistoryActions.CHECK, Texts.get("shortcuts.action.24")),
                new Shortcut(history, HistoryActions.MATRIX, Texts.get("shortcuts.action.matrix")),
                new Shortcut(history, HistoryActions.EXPORT, Texts.get("shortcuts.action.25")),
                new Shortcut(history, HistoryActions.DELETE, Texts.get("shortcuts.action.26")));
    }
}
