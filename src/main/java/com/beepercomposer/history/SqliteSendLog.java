package com.beepercomposer.history;

import com.beepercomposer.settings.OwnerOnly;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The history on disk: one SQLite file in the data directory, versioned with
 * {@code PRAGMA user_version}. Every step of a send is one committed statement, so a crash at
 * any moment leaves every row readable; rows a crash caught mid-send are marked
 * {@link SendState#UNKNOWN} when the log is next opened. Blocking: use off the FX thread.
 */
public final class SqliteSendLog implements SendLog, AutoCloseable {
    static final String INTERRUPTED = "The app stopped before the server answered: check the chat";

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
            """);

    private static final String COLUMNS = "id, created_at, chat_id, chat_title, text, reply_to, attachment_name, "
            + "upload_id, request_json, state, pending_id, routed_chat_id, final_id, reason, pending_at, final_at, "
            + "response_json, final_message_json, retry_of, connection_kind, connection_url, connection_account, origin, "
            + "edits_json, unsent_at";

    private final Connection connection;
    private final RowListeners listeners = new RowListeners();

    private SqliteSendLog(Connection connection) {
        this.connection = connection;
    }

    public static SqliteSendLog open(Path file) throws SQLException {
        return open(file, true);
    }

    /**
     * Opens the file while another process (the window) may have it open and be mid-send: its
     * rows in {@link SendState#SENDING} are left alone, for that process to settle, or for the
     * next {@link #open(Path)} to mark unknown if it died.
     */
    public static SqliteSendLog openBesideOthers(Path file) throws SQLException {
        return open(file, false);
    }

    private static SqliteSendLog open(Path file, boolean settleInterrupted) throws SQLException {
        try {
            // SQLite gives its -wal and -shm files the mode of the database file: 0600 carries over.
            OwnerOnly.directory(file.toAbsolutePath().getParent());
            OwnerOnly.file(file);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                OwnerOnly.narrowIfPresent(Path.of(file.toAbsolutePath() + suffix));
            }
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create " + file.getParent(), e);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=NORMAL");
            }
            SqliteSendLog log = new SqliteSendLog(connection);
            log.migrate();
            if (settleInterrupted) {
                log.markInterrupted();
            }
            return log;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** The schema version the file is at; {@link #MIGRATIONS}'s size once opened. */
    public synchronized int schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    private void migrate() throws SQLException {
        int version = schemaVersion();
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

    private void markInterrupted() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE sends SET state = ?, reason = ? WHERE state = ?")) {
            statement.setString(1, SendState.UNKNOWN.name());
            statement.setString(2, INTERRUPTED);
            statement.setString(3, SendState.SENDING.name());
            statement.executeUpdate();
        }
    }

    @Override
    public synchronized SendRecord add(SendRecord record) {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO sends (" + COLUMNS.substring(4) + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, record, 1);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                SendRecord stored = record.withId(keys.getLong(1));
                listeners.tell(stored);
                return stored;
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not record the send", e);
        }
    }

    /** A row deleted meanwhile stays deleted: nobody is told of an update that changed nothing. */
    @Override
    public synchronized void update(SendRecord record) {
        int changed;
        try (PreparedStatement statement = connection.prepareStatement("UPDATE sends SET created_at=?, chat_id=?, "
                + "chat_title=?, text=?, reply_to=?, attachment_name=?, upload_id=?, request_json=?, state=?, "
                + "pending_id=?, routed_chat_id=?, final_id=?, reason=?, pending_at=?, final_at=?, "
                + "response_json=?, final_message_json=?, retry_of=?, connection_kind=?, connection_url=?, "
                + "connection_account=?, origin=?, edits_json=?, unsent_at=? WHERE id=?")) {
            bind(statement, record, 1);
            statement.setLong(25, record.id());
            changed = statement.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("Could not update the history row " + record.id(), e);
        }
        if (changed > 0) {
            listeners.tell(record);
        }
    }

    @Override
    public synchronized boolean delete(long id) {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sends WHERE id = ?")) {
            statement.setLong(1, id);
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new HistoryException("Could not delete the history row " + id, e);
        }
    }

    @Override
    public synchronized List<SendRecord> all() {
        List<SendRecord> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM sends ORDER BY id DESC")) {
            while (rs.next()) {
                rows.add(read(rs));
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not read the history", e);
        }
        return rows;
    }

    @Override
    public synchronized java.util.Optional<SendRecord> find(long id) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM sends WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? java.util.Optional.of(read(rs)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not read the history row " + id, e);
        }
    }

    /** The same rows as the default, found by the index on state instead of reading every row. */
    @Override
    public synchronized List<SendRecord> pending() {
        List<SendRecord> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM sends WHERE state = ? ORDER BY id")) {
            statement.setString(1, SendState.PENDING.name());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not read the history", e);
        }
        return rows;
    }

    @Override
    public Subscription subscribe(Consumer<SendRecord> listener) {
        return listeners.add(listener);
    }

    @Override
    public int subscribers() {
        return listeners.size();
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }

    private static void bind(PreparedStatement s, SendRecord r, int from) throws SQLException {
        s.setString(from, text(r.createdAt()));
        s.setString(from + 1, r.chatID());
        s.setString(from + 2, r.chatTitle());
        s.setString(from + 3, r.text());
        s.setString(from + 4, r.replyToMessageID());
        s.setString(from + 5, r.attachmentName());
        s.setString(from + 6, r.uploadID());
        s.setString(from + 7, r.requestJson());
        s.setString(from + 8, r.state().name());
        s.setString(from + 9, r.pendingMessageID());
        s.setString(from + 10, r.routedChatID());
        s.setString(from + 11, r.finalMessageID());
        s.setString(from + 12, r.reason());
        s.setString(from + 13, text(r.pendingAt()));
        s.setString(from + 14, text(r.finalAt()));
        s.setString(from + 15, r.responseJson());
        s.setString(from + 16, r.finalMessageJson());
        if (r.retryOf() == null) {
            s.setNull(from + 17, java.sql.Types.INTEGER);
        } else {
            s.setLong(from + 17, r.retryOf());
        }
        ConnectionRef via = r.connection();
        s.setString(from + 18, via.kind() == ConnectionRef.Kind.UNKNOWN ? null : via.kind().name());
        s.setString(from + 19, via.baseUrl());
        s.setString(from + 20, via.account());
        s.setString(from + 21, r.origin().name());
        s.setString(from + 22, SendEdit.toJson(r.edits()));
        s.setString(from + 23, text(r.unsentAt()));
    }

    private static SendRecord read(ResultSet rs) throws SQLException {
        return new SendRecord(rs.getLong("id"), instant(rs.getString("created_at")), rs.getString("chat_id"),
                rs.getString("chat_title"), rs.getString("text"), rs.getString("reply_to"),
                rs.getString("attachment_name"), rs.getString("upload_id"), rs.getString("request_json"),
                state(rs.getString("state")), rs.getString("pending_id"), rs.getString("routed_chat_id"),
                rs.getString("final_id"), rs.getString("reason"), instant(rs.getString("pending_at")),
                instant(rs.getString("final_at")), rs.getString("response_json"), rs.getString("final_message_json"),
                retryOf(rs), connection(rs), SendOrigin.parse(rs.getString("origin")),
                SendEdit.fromJson(rs.getString("edits_json")), instant(rs.getString("unsent_at")));
    }

    private static ConnectionRef connection(ResultSet rs) throws SQLException {
        String kind = rs.getString("connection_kind");
        if (kind == null) {
            return ConnectionRef.UNKNOWN;
        }
        try {
            return new ConnectionRef(ConnectionRef.Kind.valueOf(kind), rs.getString("connection_url"),
                    rs.getString("connection_account"));
        } catch (IllegalArgumentException e) {
            return ConnectionRef.UNKNOWN;
        }
    }

    private static Long retryOf(ResultSet rs) throws SQLException {
        long value = rs.getLong("retry_of");
        return rs.wasNull() ? null : value;
    }

    private static SendState state(String name) {
        try {
            return SendState.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SendState.UNKNOWN;
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
