package com.beepercomposer;

import com.beepercomposer.cli.CommandLine;
import com.beepercomposer.cli.TemporarySandbox;
import com.beepercomposer.sandbox.SandboxMain;
import com.beepercomposer.sandbox.SandboxServer;
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
            System.exit(CommandLine.run(args, Launcher::temporarySandbox));
        }
        if (SandboxMain.handles(args)) {
            System.exit(SandboxMain.run(args));
        }
        Application.launch(App.class, args);
    }

    /** For the command line's {@code --sandbox}: a sandbox on any free port, for one command. */
    private static TemporarySandbox temporarySandbox() {
        SandboxServer server = SandboxServer.builder().port(0).build().start();
        return new TemporarySandbox(server.baseUrl(), server.token(), server::stop);
    }
}
