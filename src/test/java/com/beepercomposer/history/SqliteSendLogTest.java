package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSendLogTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private static SendRecord row(String text) {
        return SendRecord.sending(T0, "!c:x", "Team", text, null, null, null, "{\"text\":\"" + text + "\"}");
    }

    @Test
    void migratesANewFileToTheLatestSchema() throws Exception {
        try (SqliteSendLog log = SqliteSendLog.open(dir.resolve("h.sqlite"))) {
            assertThat(log.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
        }
        try (SqliteSendLog again = SqliteSendLog.open(dir.resolve("h.sqlite"))) {
            assertThat(again.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
        }
    }

    @Test
    void refusesAFileFromANewerVersion() throws Exception {
        Path file = dir.resolve("future.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteSendLog.open(file))
                .hasMessageContaining("newer version");
    }

    @Test
    void keepsEveryStepOfASendAcrossReopening() throws Exception {
        Path file = dir.resolve("h.sqlite");
        SendRecord settled;
        List<SendRecord> heard = new ArrayList<>();
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.addListener(heard::add);
            SendRecord added = log.add(row("hello"));
            SendRecord pending = added.pending("p1", "!routed:x", T0.plusSeconds(1));
            log.update(pending);
            settled = pending.settled(SendState.SENT, "final-1", null, T0.plusSeconds(2));
            log.update(settled);
        }
        try (SqliteSendLog reopened = SqliteSendLog.open(file)) {
            assertThat(reopened.all()).containsExactly(settled);
        }
        assertThat(heard).extracting(SendRecord::state)
                .containsExactly(SendState.SENDING, SendState.PENDING, SendState.SENT);
    }

    @Test
    void aSendCutOffBetweenWriteAndAnswerReadsAsUnknown() throws Exception {
        Path file = dir.resolve("h.sqlite");
        SendRecord pending;
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.add(row("cut off"));
            pending = log.add(row("answered"));
            log.update(pending.pending("p2", "!c:x", T0));
            // no close of the send: the app "dies" here
        }
        try (SqliteSendLog reopened = SqliteSendLog.open(file)) {
            List<SendRecord> rows = reopened.all();
            assertThat(rows).extracting(SendRecord::text).containsExactly("answered", "cut off");
            assertThat(rows.get(1).state()).isEqualTo(SendState.UNKNOWN);
            assertThat(rows.get(1).reason()).isEqualTo(SqliteSendLog.INTERRUPTED);
            assertThat(reopened.pending()).extracting(SendRecord::pendingMessageID).containsExactly("p2");
        }
    }

    @Test
    void holdsAHundredThousandRows() throws Exception {
        try (SqliteSendLog log = SqliteSendLog.open(dir.resolve("big.sqlite"))) {
            for (int i = 0; i < 100_000; i++) {
                log.add(row("message " + i));
            }
            List<SendRecord> all = log.all();
            assertThat(all).hasSize(100_000);
            assertThat(all.get(0).text()).isEqualTo("message 99999");
        }
    }
}
