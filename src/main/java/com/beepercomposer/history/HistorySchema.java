package com.beepercomposer.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history file's schema, versioned with {@code PRAGMA user_version}: opening a file moves it
 * up to the latest version, one committed migration at a time.
 */
final class HistorySchema {
    /** Each entry moves the schema one version up; never edit one that has shipped. */
    private static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE sends (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                chat_title TEXT,
                text TEXT,
                reply_to TEXT,
                attachment_name TEXT,
                upload_id TEXT,
                request_json TEXT,
                state TEXT NOT NULL,
                pending_id TEXT,
                routed_chat_id TEXT,
                final_id TEXT,
                reason TEXT,
                pending_at TEXT,
                final_at TEXT
            );
            CREATE INDEX sends_by_state ON sends(state);
            """,
            // v2: keep what the server answered and what the message became, and link retries to their original.
            """
            ALTER TABLE sends ADD COLUMN response_json TEXT;
            ALTER TABLE sends ADD COLUMN final_message_json TEXT;
            ALTER TABLE sends ADD COLUMN retry_of INTEGER;
            """,
            // v3: every row names the server it went to; older rows stay NULL, read as an unknown connection.
            """
            ALTER TABLE sends ADD COLUMN connection_kind TEXT;
            ALTER TABLE sends ADD COLUMN connection_url TEXT;
            ALTER TABLE sends ADD COLUMN connection_account TEXT;
            """,
            // v4: what made the send (APP or CLI); older rows stay NULL, read as the app's.
            """
            ALTER TABLE sends ADD COLUMN origin TEXT;
            """,
            // v5: edits of the final message (a JSON array of SendEdit) and when it was unsent.
            """
            ALTER TABLE sends ADD COLUMN edits_json TEXT;
            ALTER TABLE sends ADD COLUMN unsent_at TEXT;
            """,
            // v6: the group a row was sent in (several files, or one file sent several ways).
            """
            ALTER TABLE sends ADD COLUMN group_id TEXT;
            ALTER TABLE sends ADD COLUMN group_kind TEXT;
            ALTER TABLE sends ADD COLUMN group_index INTEGER;
            ALTER TABLE sends ADD COLUMN group_size INTEGER;
            ALTER TABLE sends ADD COLUMN group_variant TEXT;
            CREATE INDEX sends_by_group ON sends(group_id);
            """);

    private HistorySchema() {
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** The schema version the file is at. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file to the latest version; a file from a newer app is refused, never touched. */
    static void migrate(Connection connection) throws SQLException {
        int version = version(connection);
        if (version > MIGRATIONS.size()) {
            throw new SQLException("The history file is from a newer version of the app (schema " + version + ")");
        }
        for (int next = version; next < MIGRATIONS.size(); next++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : MIGRATIONS.get(next).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + (next + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
