package com.beepercomposer.ui;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.i18n.Texts;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An edit of a sent message under way in the composer: which row, and how to save the new text
 * (the history's command, which records the edit on the row).
 */
public record MessageEdit(SendRecord row, Function<String, CompletableFuture<SendRecord>> save) {

    /** "Editing message m123 in Alice Martin". */
    public String banner() {
        return Texts.get("edit.banner", row.finalMessageID(), row.chatTitle() == null ? row.chatID() : row.chatTitle());
    }
}
