package com.beepercomposer;

import javafx.application.Application;

/**
 * The main class. Kept apart from {@link App} so the app starts from a plain classpath
 * (a main class that extends Application needs JavaFX on the module path).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
