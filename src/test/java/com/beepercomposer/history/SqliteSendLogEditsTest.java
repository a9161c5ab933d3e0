package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema v4: a row's edits and its unsending are on disk and survive a restart. */
class SqliteSendLogEditsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private static SendRecord sentRow() {
        return SendRecord.sending(T0, "!c:x", "Team", "first", null, null, null, "{\"text\":\"first\"}")
                .settled(SendState.SENT, "m1", null, T0.plusSeconds(1));
    }

    @Test
    void editsAndUnsendingSurviveARestart() throws Exception {
        Path file = dir.resolve("h.sqlite");
        SendRecord unsent;
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            SendRecord row = log.add(sentRow());
            SendRecord edited = row
                    .withEdit(new SendEdit(T0.plusSeconds(10), "second", "{\"id\":\"m1\",\"text\":\"second\"}", null))
                    .withEdit(new SendEdit(T0.plusSeconds(20), "third", null, "HTTP 400: too late to edit"));
            log.update(edited);
            unsent = edited.unsent(T0.plusSeconds(30));
            log.update(unsent);
        }
        try (SqliteSendLog again = SqliteSendLog.open(file)) {
            SendRecord stored = again.all().get(0);
            assertThat(stored).isEqualTo(unsent);
            assertThat(again.find(stored.id())).contains(unsent);
            assertThat(again.find(stored.id() + 1)).isEmpty();
            assertThat(stored.state()).isEqualTo(SendState.UNSENT);
            assertThat(stored.unsentAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(stored.edits()).containsExactly(
                    new SendEdit(T0.plusSeconds(10), "second", "{\"id\":\"m1\",\"text\":\"second\"}", null),
                    new SendEdit(T0.plusSeconds(20), "third", null, "HTTP 400: too late to edit"));
            assertThat(stored.currentText()).isEqualTo("second");
            assertThat(EditsText.of(stored)).contains("Edits (2):", "edited to \"second\"",
                    "server: {\"id\":\"m1\"", "refused: HTTP 400: too late to edit", "unsent: deleted in the chat");
        }
    }

    @Test
    void aVersionThreeFileGainsTheColumnsAndItsRowsReadAsNeverEdited() throws Exception {
        Path file = dir.resolve("v3.sqlite");
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.add(sentRow());
        }
        OlderSchema.downgrade(file, 3);
        try (SqliteSendLog again = SqliteSendLog.open(file)) {
            assertThat(again.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
            SendRecord old = again.all().get(0);
            assertThat(old.edits()).isEqualTo(List.of());
            assertThat(old.unsentAt()).isNull();
            assertThat(old.state()).isEqualTo(SendState.SENT);
            assertThat(EditsText.of(old)).isEmpty();
        }
    }
}
