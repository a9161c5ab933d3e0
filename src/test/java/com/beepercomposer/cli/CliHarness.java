package com.beepercomposer.cli;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SqliteSendLog;
import com.beepercomposer.sandbox.SandboxServer;
import com.beepercomposer.settings.SavedConnection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the command line in-process against a sandbox, with its own data directory and streams. */
final class CliHarness implements AutoCloseable {
    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\n"));
        }
    }

    final SandboxServer sandbox;
    final Path dataDir;
    final Map<String, String> env = new HashMap<>();
    SavedConnection saved = SavedConnection.SANDBOX;
    String stdin = "";
    boolean terminal;

    CliHarness(com.beepercomposer.sandbox.SandboxBuilder builder) {
        this.sandbox = builder.port(0).build().start();
        try {
            this.dataDir = Files.createTempDirectory("cli-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("BEEPER_BASE_URL", sandbox.baseUrl());
        env.put("BEEPER_ACCESS_TOKEN", sandbox.token());
    }

    CliHarness() {
        this(SandboxServer.builder());
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CliIo io = new CliIo(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), in, Map.copyOf(env), terminal);
        int code = CommandLine.run(args, io, dataDir, new ConnectionSource() {
            @Override
            public SavedConnection load() {
                return saved;
            }

            @Override
            public TemporarySandbox startSandbox() {
                SandboxServer server = SandboxServer.builder().port(0).build().start();
                return new TemporarySandbox(server.baseUrl(), server.token(), server::stop);
            }
        });
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The history the command line left, newest first. */
    List<SendRecord> history() {
        if (!Files.exists(dataDir.resolve(History.FILE))) {
            return List.of();
        }
        try (SqliteSendLog log = SqliteSendLog.open(dataDir.resolve(History.FILE))) {
            return log.all();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path resource(String name) {
        try (InputStream in = CliHarness.class.getResourceAsStream("/media/" + name)) {
            Path file = dataDir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        sandbox.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
