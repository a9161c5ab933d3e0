package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed outright (SIGKILL) in the middle of writing leaves every row readable. */
class SqliteSendLogKillTest {
    @TempDir
    Path dir;

    @Test
    void everyRowSurvivesAKillMidWrite() throws Exception {
        Path file = dir.resolve("history.sqlite");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingHistoryWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("wrote 500")) {
            // let it write a few hundred rows first
        }
        assertThat(line).as("the writer died before writing 500 rows").isEqualTo("wrote 500");
        writer.destroyForcibly();
        assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();

        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            List<SendRecord> rows = log.all();
            assertThat(rows.size()).isGreaterThan(500);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.text()).startsWith("row ");
                assertThat(row.requestJson()).contains(row.text());
                // nothing is left "sending": a cut-off send reads as unknown
                assertThat(row.state()).isIn(SendState.PENDING, SendState.UNKNOWN);
            });
            assertThat(rows).anyMatch(row -> row.state() == SendState.UNKNOWN);
        }
    }
}
