package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema v4: each row says whether the window or the command line sent it; older rows are the app's. */
class SendOriginTest {
    @TempDir
    Path dir;

    @Test
    void theOriginIsKeptThroughEveryUpdate() throws Exception {
        Path file = dir.resolve("history.sqlite");
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            SendRecord row = log.add(SendRecord.sending(Instant.parse("2025-01-01T00:00:00Z"), "!c:x", "Team", "hi",
                    null, null, null, "{}").withOrigin(SendOrigin.CLI));
            log.update(row.pending("p1", "!c:x", Instant.parse("2025-01-01T00:00:01Z")));
            log.add(SendRecord.sending(Instant.parse("2025-01-01T00:00:02Z"), "!c:x", "Team", "hi", null, null, null,
                    "{}"));
        }
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
            assertThat(log.all()).extracting(SendRecord::origin).containsExactly(SendOrigin.APP, SendOrigin.CLI);
            assertThat(log.all().get(1).state()).isEqualTo(SendState.PENDING);
        }
    }

    @Test
    void rowsOfAVersionThreeFileReadAsTheApps() throws Exception {
        Path file = dir.resolve("history.sqlite");
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.add(SendRecord.sending(Instant.parse("2025-01-01T00:00:00Z"), "!c:x", "Team", "old", null, null, null,
                    "{}"));
        }
        // Back to how a v3 app left the file: no origin column.
        OlderSchema.downgrade(file, 3);
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
            assertThat(log.all().get(0).origin()).isEqualTo(SendOrigin.APP);
            assertThat(log.all().get(0).text()).isEqualTo("old");
        }
    }

    @Test
    void openingBesideAnotherProcessLeavesItsSendsInFlightAlone() throws Exception {
        Path file = dir.resolve("history.sqlite");
        try (SqliteSendLog app = SqliteSendLog.open(file)) {
            app.add(SendRecord.sending(Instant.parse("2025-01-01T00:00:00Z"), "!c:x", "Team", "on its way", null,
                    null, null, "{}"));
            try (SqliteSendLog cli = SqliteSendLog.openBesideOthers(file)) {
                assertThat(cli.all().get(0).state()).isEqualTo(SendState.SENDING);
            }
            assertThat(app.all().get(0).state()).isEqualTo(SendState.SENDING);
        }
    }
}
