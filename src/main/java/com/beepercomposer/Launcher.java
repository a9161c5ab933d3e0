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

    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) throws InterruptedException {
        widenCommonPool();
        if (CommandLine.handles(args)) {
            // The command line's words (some come from the services) are read by scripts: always English.
            com.beepercomposer.i18n.Texts.setLocale(java.util.Locale.ENGLISH);
            System.exit(CommandLine.run(args, Launcher::temporarySandbox));
        }
        if (SandboxMain.handles(args)) {
            System.exit(SandboxMain.run(args));
        }
        beforeLaunch();
        Application.launch(App.class, args);
    }

    /**
     * What the main class does before it launches the window, after widening the common pool (the
     * benchmarks' starts do both): the saved drafts read while the toolkit starts ({@link EarlyDrafts}).
     */
    public static void beforeLaunch() {
        EarlyDrafts.start(com.beepercomposer.settings.AppDirectories.dataDir(System.getenv()));
    }

    /** For the command line's {@code --sandbox}: a sandbox on any free port, for one command. */
    private static TemporarySandbox temporarySandbox() {
        SandboxServer server = SandboxServer.builder().port(0).build().start();
        return new TemporarySandbox(server.baseUrl(), server.token(), server::stop);
    }

    /**
     * Gives the common pool at least two threads; call before anything uses it. On a two-core
     * machine it has one, and then CompletableFuture's default executor starts a new thread for
     * every task: java.net.http hands each answer to it, which made every request cost a thread
     * start (about half of a send's time on the loopback). A value the user set is kept.
     */
    public static void widenCommonPool() {
        String value = commonPoolParallelism(System.getProperty(COMMON_POOL_PARALLELISM),
                Runtime.getRuntime().availableProcessors());
        if (value != null) {
            System.setProperty(COMMON_POOL_PARALLELISM, value);
        }
    }

    /** The parallelism to set, or null to leave the setting alone. */
    static String commonPoolParallelism(String configured, int processors) {
        if (configured != null) {
            return null;
        }
        return String.valueOf(Math.max(2, processors - 1));
    }
}
