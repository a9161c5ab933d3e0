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
    void keepsTheConnectionEachRowWentThrough() throws Exception {
        Path file = dir.resolve("h.sqlite");
        ConnectionRef desktop = new ConnectionRef(ConnectionRef.Kind.DESKTOP, "http://10.0.0.5:23373/", "Ada");
        ConnectionRef sandbox = ConnectionRef.sandbox(java.net.URI.create("http://127.0.0.1:4711"));
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            SendRecord first = log.add(row("to desktop").withConnection(desktop));
            log.update(first.pending("p1", "!c:x", T0));
            log.add(row("to the sandbox").withConnection(sandbox));
            log.add(row("unknown"));
        }
        try (SqliteSendLog again = SqliteSendLog.open(file)) {
            assertThat(again.all()).extracting(SendRecord::connection).containsExactly(ConnectionRef.UNKNOWN,
                    sandbox, new ConnectionRef(ConnectionRef.Kind.DESKTOP, "http://10.0.0.5:23373", "Ada"));
            assertThat(again.pending()).singleElement().extracting(SendRecord::connection)
                    .isEqualTo(desktop);
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
            log.subscribe(heard::add);
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
    void migratesAVersionOneFileAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("v1.sqlite");
        // The schema exactly as version 1 shipped it, with one row in it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE sends (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, chat_id TEXT NOT NULL,
                        chat_title TEXT, text TEXT, reply_to TEXT, attachment_name TEXT, upload_id TEXT,
                        request_json TEXT, state TEXT NOT NULL, pending_id TEXT, routed_chat_id TEXT,
                        final_id TEXT, reason TEXT, pending_at TEXT, final_at TEXT)""");
            s.execute("CREATE INDEX sends_by_state ON sends(state)");
            s.execute("""
                    INSERT INTO sends (created_at, chat_id, chat_title, text, reply_to, attachment_name, upload_id,
                        request_json, state, pending_id, routed_chat_id, final_id, reason, pending_at, final_at)
                    VALUES ('2026-11-25T10:00:00Z', '!c:x', 'Team', 'old', 'm0', 'a.png', 'up1',
                        '{"text":"old"}', 'SENT', 'p1', '!c:x', 'f1', NULL, '2026-11-25T10:00:01Z',
                        '2026-11-25T10:00:02Z')""");
            s.execute("PRAGMA user_version = 1");
        }
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            assertThat(log.schemaVersion()).isEqualTo(SqliteSendLog.latestVersion());
            assertThat(log.all()).containsExactly(new SendRecord(1, T0, "!c:x", "Team", "old", "m0", "a.png", "up1",
                    "{\"text\":\"old\"}", SendState.SENT, "p1", "!c:x", "f1", null, T0.plusSeconds(1),
                    T0.plusSeconds(2), null, null, null, ConnectionRef.UNKNOWN));
            SendRecord added = log.add(row("new"));
            assertThat(added.id()).isEqualTo(2);
        }
    }

    @Test
    void keepsTheAnswersAndTheRetryLinkAcrossReopening() throws Exception {
        Path file = dir.resolve("h.sqlite");
        SendRecord retried;
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            SendRecord original = log.add(row("first"));
            log.update(original.settled(SendState.REJECTED, null, "HTTP 400: bad", T0.plusSeconds(1)));
            SendRecord retry = log.add(row("first").withRetryOf(original.id()));
            retried = retry.pending("p9", "!c:x", T0.plusSeconds(3))
                    .withResponseJson("{\"chatID\":\"!c:x\",\"pendingMessageID\":\"p9\"}")
                    .settled(SendState.SENT, "f9", null, T0.plusSeconds(4))
                    .withFinalMessageJson("{\"id\":\"f9\"}");
            log.update(retried);
        }
        try (SqliteSendLog reopened = SqliteSendLog.open(file)) {
            List<SendRecord> rows = reopened.all();
            assertThat(rows.get(0)).isEqualTo(retried);
            assertThat(rows.get(0).retryOf()).isEqualTo(rows.get(1).id());
            assertThat(rows.get(1).retryOf()).isNull();
        }
    }

    @Test
    void deletesARowForGoodAndIgnoresItsLateUpdates() throws Exception {
        Path file = dir.resolve("h.sqlite");
        List<SendRecord> heard = new ArrayList<>();
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            SendRecord keep = log.add(row("keep"));
            SendRecord gone = log.add(row("gone"));
            log.subscribe(heard::add);
            assertThat(log.delete(gone.id())).isTrue();
            assertThat(log.delete(gone.id())).isFalse();
            log.update(gone.pending("late", "!c:x", T0));
            assertThat(log.all()).containsExactly(keep);
        }
        try (SqliteSendLog reopened = SqliteSendLog.open(file)) {
            assertThat(reopened.all()).extracting(SendRecord::text).containsExactly("keep");
        }
        assertThat(heard).isEmpty();
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
