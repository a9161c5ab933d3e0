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

    /**
     * Where the token is kept (the OS keyring or the owner-only file), in words for the dialog.
     * Blocking: it may make the OS keyring (a few hundred ms), so it is asked off the FX thread.
     */
    default String tokenStorage() {
        return "";
    }

    /** "Sign in with Beeper Desktop", or null where the app cannot open a browser. */
    default com.beepercomposer.settings.DesktopSignIn signIn() {
        return null;
    }

    /** The window was built again (in another language) around the same connection: it is the one now. */
    default void windowReplaced(MainWindow window) {
    }
}
