package com.beepercomposer;

import com.beepercomposer.sandbox.SandboxMain;
import javafx.application.Application;

/**
 * The main class. Kept apart from {@link App} so the app starts from a plain classpath
 * (a main class that extends Application needs JavaFX on the module path). With
 * {@code --sandbox-only} it serves the sandbox alone, with no window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (SandboxMain.handles(args)) {
            System.exit(SandboxMain.run(args));
        }
        Application.launch(App.class, args);
    }
}
