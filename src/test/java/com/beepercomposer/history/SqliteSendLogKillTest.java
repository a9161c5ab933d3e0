package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A process killed outright (SIGKILL) in the middle of a write leaves every row whole, and none
 * "sending" once the log is reopened. The writer reports each write before and after it, so the
 * test knows which write was in flight, and the disk tells whether the kill cut it. A kill that
 * lands between two writes, or after a commit but before its report, cuts nothing: that attempt
 * is checked all the same and then tried again with a fresh file.
 */
class SqliteSendLogKillTest {
    private static final int ROWS_BEFORE_KILL = 20;
    private static final int ATTEMPTS = 10;
    /** 128 + 9: how the JVM reports a child that SIGKILL ended. */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aKillThatCutsAWriteLeavesEveryRowWhole() throws Exception {
        List<Kill> inconclusive = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path file = dir.resolve("history-" + attempt + ".sqlite");
            Kill kill = killWhileWriting(file);
            assertThat(kill.exitCode()).as("the writer was killed by SIGKILL, not ended: " + kill)
                    .isEqualTo(KILLED_BY_SIGKILL);
            assertThat(kill.walBytes()).as("the kill left an unfinished write-ahead log: " + kill).isPositive();
            boolean cut = assertEveryRowWhole(file, kill);
            if (cut) {
                return;
            }
            inconclusive.add(kill);
        }
        fail("None of " + ATTEMPTS + " kills cut a write in flight: " + inconclusive);
    }

    /** What the writer had reported when SIGKILL ended it, and what it left on disk unrecovered. */
    private record Kill(List<String> reports, long walBytes, int exitCode) {
        String lastReport() {
            return reports.isEmpty() ? "" : reports.get(reports.size() - 1);
        }

        /** The highest row {@code i} with "{@code what} i" reported, or -1. */
        int last(String what) {
            for (int n = reports.size() - 1; n >= 0; n--) {
                if (reports.get(n).startsWith(what + " ")) {
                    return Integer.parseInt(reports.get(n).substring(what.length() + 1));
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            return "last report \"" + lastReport() + "\", " + walBytes + " WAL bytes, exit " + exitCode;
        }
    }

    /**
     * Starts the writer and kills it once it has written {@link #ROWS_BEFORE_KILL} rows. The
     * moment comes from polling, not from reading a report: a kill sent the instant a report is
     * read would land, on a busy machine, while the writer sits just after that report, between
     * two writes, every time.
     */
    private static Kill killWhileWriting(Path file) throws Exception {
        // its own temporary directory: SQLite's native library is unpacked there and, with no exit
        // to delete it, would otherwise stay in the system's for good
        Path writerTemp = Files.createDirectories(file.resolveSibling(file.getFileName() + "-tmp"));
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + writerTemp, "-cp", System.getProperty("java.class.path"),
                CrashingHistoryWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        List<String> reports = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> readAll(writer, reports));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> reports.contains("updated " + ROWS_BEFORE_KILL) || drained.isDone());
            assertThat(writer.isAlive()).as("the writer stopped on its own: " + reports).isTrue();
            // SIGKILL: no shutdown hook, no close, no checkpoint. Through the handle, as Process's own
            // destroy would also close the pipe that still holds the writer's last reports.
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // everything it reported before it died was in the pipe, and is read by now
            drained.get(30, TimeUnit.SECONDS);
        } finally {
            if (writer.isAlive()) {
                writer.destroyForcibly();
            }
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        long walBytes = Files.exists(wal) ? Files.size(wal) : 0;
        return new Kill(List.copyOf(reports), walBytes, writer.exitValue());
    }

    private static void readAll(Process writer, List<String> reports) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                reports.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reopens the log and checks every row against what the writer reported; true when the kill
     * cut a write: one had started ("adding k" or "updating k" was the last report) and it is
     * not on disk.
     */
    private static boolean assertEveryRowWhole(Path file, Kill kill) throws Exception {
        int lastAdded = kill.last("added");
        int lastUpdated = kill.last("updated");
        assertThat(lastUpdated).as(kill.toString()).isGreaterThanOrEqualTo(ROWS_BEFORE_KILL);
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            Map<Integer, SendRecord> byRow = log.all().stream()
                    .collect(Collectors.toMap(row -> (int) row.id() - 1, Function.identity()));
            for (int i = 0; i <= lastAdded; i++) {
                assertThat(byRow).as("row %d was reported added: %s", i, kill).containsKey(i);
            }
            assertThat(byRow.keySet()).as("only the add in flight may be there unreported: " + kill)
                    .allMatch(i -> i <= lastAdded + 1);
            byRow.forEach((i, row) -> {
                assertThat(row.text()).as("row %d's text", i).isEqualTo(CrashingHistoryWriter.text(i));
                assertThat(row.requestJson()).as("row %d's request", i).isEqualTo(CrashingHistoryWriter.requestJson(i));
                assertThat(row.state()).as("row %d after reopening", i).isIn(SendState.PENDING, SendState.UNKNOWN);
                if (i <= lastUpdated) {
                    assertThat(row.state()).as("row %d was reported updated", i).isEqualTo(SendState.PENDING);
                }
                if (row.state() == SendState.PENDING) {
                    assertThat(row.pendingMessageID()).isEqualTo(CrashingHistoryWriter.pendingID(i));
                } else {
                    assertThat(row.reason()).isEqualTo(SqliteSendLog.INTERRUPTED);
                }
            });
            String last = kill.lastReport();
            if (last.startsWith("adding ")) {
                return !byRow.containsKey(lastAdded + 1);
            }
            if (last.startsWith("updating ")) {
                return byRow.get(lastAdded).state() == SendState.UNKNOWN;
            }
            return false;
        }
    }
}
