package com.beepercomposer.ui;

import com.beepercomposer.history.SendRecord;

/** How the history hands a past send back to the composer, without knowing the composer. */
@FunctionalInterface
public interface ComposerBridge {
    /** Puts the row's chat, text and reply-to into the composer, to edit and send again. */
    void loadFromHistory(SendRecord row);

    /**
     * Puts the row's current text into the composer in edit mode: its Send saves the edit through
     * {@code edit}. A composer without an edit mode just loads the row.
     */
    default void editFromHistory(MessageEdit edit) {
        loadFromHistory(edit.row());
    }
}
