package com.beepercomposer.ui;

import com.beepercomposer.settings.SavedConnection;

/** Lets the connection bar change where the app sends; the app rebuilds itself around the choice. */
public interface ConnectionControl {
    SavedConnection current();

    /**
     * Saves the choice and reconnects; the draft comes along.
     *
     * @return done once the window shows the new connection
     */
    java.util.concurrent.CompletableFuture<Void> switchTo(SavedConnection choice);
}
