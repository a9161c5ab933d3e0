package com.beepercomposer;

import com.beepercomposer.cli.CommandLine;
import com.beepercomposer.sandbox.SandboxMain;
import javafx.application.Application;

/**
 * The main class. Kept apart from {@link App} so the app starts from a plain classpath
 * (a main class that extends Application needs JavaFX on the module path). With
 * {@code --sandbox-only} it serves the sandbox alone, with no window; with a command
 * ({@code send}, {@code chats}, {@code history}) it runs the command line, with no window either.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(args));
        }
        if (SandboxMain.handles(args)) {
            System.exit(SandboxMain.run(args));
        }
        Application.launch(App.class, args);
    }
}
