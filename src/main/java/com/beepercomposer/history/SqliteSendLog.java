package com.beepercomposer.history;

import com.beepercomposer.settings.OwnerOnly;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
            HistorySchema.migrate(connection);
            if (settleInterrupted) {
                log.markInterrupted();
            }
            return log;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** The schema version the file is at; {@link HistorySchema#latestVersion()} once opened. */
    public synchronized int schemaVersion() throws SQLException {
        return HistorySchema.version(connection);
    }

    static int latestVersion() {
        return HistorySchema.latestVersion();
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
                SendRows.INSERT,
                Statement.RETURN_GENERATED_KEYS)) {
            SendRows.bind(statement, record);
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
        try (PreparedStatement statement = connection.prepareStatement(SendRows.UPDATE)) {
            SendRows.bind(statement, record);
            statement.setLong(SendRows.UPDATE_ID, record.id());
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
             ResultSet rs = statement.executeQuery(SendRows.SELECT + " FROM sends ORDER BY id DESC")) {
            while (rs.next()) {
                rows.add(SendRows.read(rs));
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not read the history", e);
        }
        return rows;
    }

    @Override
    public synchronized java.util.Optional<SendRecord> find(long id) {
        try (PreparedStatement statement = connection.prepareStatement(
                SendRows.SELECT + " FROM sends WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? java.util.Optional.of(SendRows.read(rs)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not read the history row " + id, e);
        }
    }

    /** The same rows as the default, found by the index on the group instead of reading every row. */
    @Override
    public synchronized List<SendRecord> group(String groupID) {
        List<SendRecord> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                SendRows.SELECT + " FROM sends WHERE group_id = ? ORDER BY group_index, id")) {
            statement.setString(1, groupID);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(SendRows.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("Could not read the rows of group " + groupID, e);
        }
        return rows;
    }

    /** The same rows as the default, found by the index on state instead of reading every row. */
    @Override
    public synchronized List<SendRecord> pending() {
        List<SendRecord> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                SendRows.SELECT + " FROM sends WHERE state = ? ORDER BY id")) {
            statement.setString(1, SendState.PENDING.name());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(SendRows.read(rs));
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
}
