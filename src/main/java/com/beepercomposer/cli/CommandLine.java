package com.beepercomposer.cli;

import com.beepercomposer.api.TokenScrubber;
import com.beepercomposer.settings.AppDirectories;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The app without its window: {@code send}, {@code chats} and {@code history} on the same core,
 * connection and history as the window, for scripts and CI jobs. The launcher hands over here
 * when the first argument names a command; {@link #run} returns the exit code ({@link ExitCode}).
 */
public final class CommandLine {
    static final Set<String> COMMANDS = Set.of("send", "chats", "history", "help", "--help");

    static final String USAGE = """
            Usage:
              beeper-composer send --chat ID|local-ID|"title" [--text T | --text-file F | -]
                  [--reply-to ID] [--attach FILE ...] [--type TYPE] [--file-name N] [--mime M]
                  [--duration S] [--width W] [--height H] [--wait[=30s]] [--json] [--sandbox]
              beeper-composer chats [QUERY] [--json] [--sandbox]
              beeper-composer history [--chat ID] [--state S] [--limit N] [--json]

            send      sends the text (or stdin with -); each --attach is its own message, in order,
                      the text and reply going with the first. --wait follows the pending ID to the
                      final message; --json prints one JSON object per message.
            chats     lists recent chats, or those matching QUERY: ID, local ID, network, type, title.
            history   shows the app's history, newest first (states: sending, pending, sent,
                      failed-retriable, failed-permanent, rejected, unknown).

            Connection: BEEPER_ACCESS_TOKEN (and BEEPER_BASE_URL), else the one chosen in the app;
            --sandbox uses a temporary sandbox instead (nothing is delivered).

            Exit codes: 0 sent (or pending without --wait), 1 other error (nothing sent),
            2 usage, 3 not authorised or no connection, 4 refused by the server or the chat,
            5 chat or reply target not found, 6 ambiguous chat title,
            7 uncertain: it may have arrived, check the chat before sending again.
            """;

    private CommandLine() {
    }

    /** True when the launcher should hand these arguments to the command line. */
    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** The process entry: the system's streams and environment; {@code sandboxes} serves {@code --sandbox}. */
    public static int run(String[] args, TemporarySandbox.Starter sandboxes) {
        CliIo io = CliIo.system();
        Path dataDir = AppDirectories.dataDir(io.env());
        return run(args, io, dataDir, ConnectionSource.savedIn(dataDir, sandboxes));
    }

    /**
     * Runs one command and returns its exit code. Nothing here ends the process, so tests drive
     * it in-process with their own streams, environment, data directory and saved connection.
     */
    public static int run(String[] args, CliIo io, Path dataDir, ConnectionSource saved) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty() || !COMMANDS.contains(words.get(0))) {
            io.err().print(USAGE);
            return ExitCode.USAGE;
        }
        List<String> rest = words.subList(1, words.size());
        try {
            return switch (words.get(0)) {
                case "send" -> rest.contains("--help") ? help(io) : new SendCommand(io, dataDir, saved).run(rest);
                case "chats" -> rest.contains("--help") ? help(io) : ChatsCommand.run(rest, io, saved);
                case "history" -> rest.contains("--help") ? help(io) : HistoryCommand.run(rest, io, dataDir);
                default -> help(io);
            };
        } catch (CliFailure e) {
            io.err().println(TokenScrubber.scrub(e.getMessage()));
            if (e.exitCode() == ExitCode.USAGE) {
                io.err().println("See: beeper-composer help");
            }
            return e.exitCode();
        } catch (RuntimeException e) {
            io.err().println("Failed: " + TokenScrubber.scrub(String.valueOf(e.getMessage())));
            return ExitCode.ERROR;
        }
    }

    private static int help(CliIo io) {
        io.out().print(USAGE);
        return ExitCode.OK;
    }
}
