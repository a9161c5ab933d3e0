package com.beepercomposer.ui;

import com.beepercomposer.settings.SavedConnection;

/** Lets the connection bar change where the app sends; the app rebuilds itself around the choice. */
public interface ConnectionControl {
    SavedConnection current();

    /** Saves the choice and reconnects; the draft comes along. */
    void switchTo(SavedConnection choice);
}
