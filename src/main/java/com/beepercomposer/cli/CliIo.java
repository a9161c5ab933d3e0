package com.beepercomposer.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a command reads and writes: injected so tests run the command line in-process.
 *
 * @param out      the result, and nothing else
 * @param err      messages and progress
 * @param terminal whether stderr is a person's terminal: progress is shown only then
 */
public record CliIo(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, boolean terminal) {

    /** The process's own streams and environment. */
    public static CliIo system() {
        return new CliIo(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.in, System.getenv(),
                System.console() != null);
    }
}
