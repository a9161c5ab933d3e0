package com.beepercomposer.ui;

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
        return List.of(
                new Shortcut("Window", WindowKeys.HELP, "Show this list of shortcuts"),
                new Shortcut("Window", ComposerView.FOCUS_CHAT, "Go to the chat field"),
                new Shortcut("Window", WindowKeys.HISTORY, "Go to the history table"),
                new Shortcut("Window", "Tab / Shift+Tab", "Next / previous control, top to bottom"),
                new Shortcut("Connection", WindowKeys.CONNECTION, "Choose the sandbox or Beeper Desktop (Connection…)"),
                new Shortcut("Connection", WindowKeys.CHECK_CONNECTION, "Check the connection again"),
                new Shortcut("Connection", WindowKeys.THEME, "Switch between the light and dark theme"),
                new Shortcut("Composer", "Alt+C", "Go to the chat field"),
                new Shortcut("Composer", "Type, then Enter", "Open the highlighted chat, or the pasted chat ID"),
                new Shortcut("Composer", "Down / Up, Esc", "Move through the chat results, close them"),
                new Shortcut("Composer", "Alt+R", "Choose a message to reply to"),
                new Shortcut("Composer", "Esc (in the editor)", "Do not reply"),
                new Shortcut("Composer", "Enter / Shift+Enter", "New line; inside a list, the next item (ends it on an empty one)"),
                new Shortcut("Composer", "Ctrl+Z / Ctrl+Y", "Undo / redo"),
                new Shortcut("Composer", WindowKeys.ATTACH, "Attach a file"),
                new Shortcut("Composer", ComposerView.PASTE, "Paste a copied file or image as the attachment"),
                new Shortcut("Composer", WindowKeys.REQUEST_PREVIEW, "Show the request the send will make"),
                new Shortcut("Composer", ComposerView.SEND, "Send"),
                new Shortcut("Composer", WindowKeys.SEND_AS, "Send the attached file several ways (Send as…)"),
                new Shortcut("History", HistoryActions.COPY_PENDING, "Copy the pending ID"),
                new Shortcut("History", HistoryActions.COPY_FINAL, "Copy the final message ID"),
                new Shortcut("History", HistoryActions.COPY_CURL, "Copy as curl"),
                new Shortcut("History", HistoryActions.LOAD, "Load the row into the composer"),
                new Shortcut("History", HistoryActions.RETRY, "Send the row again"),
                new Shortcut("History", HistoryActions.CHECK, "Check delivery"),
                new Shortcut("History", HistoryActions.MATRIX, "Open the Send as… matrix of the row's group"),
                new Shortcut("History", HistoryActions.EXPORT, "Export the selected rows (CSV or JSON)"),
                new Shortcut("History", HistoryActions.DELETE, "Delete the selected rows"));
    }
}
