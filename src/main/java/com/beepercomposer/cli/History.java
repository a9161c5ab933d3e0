package com.beepercomposer.cli;

import com.beepercomposer.history.SqliteSendLog;
import java.nio.file.Path;
import java.sql.SQLException;

/** The app's own history file: the command line writes and reads the same rows as the window. */
final class History {
    static final String FILE = "history.sqlite";

    private History() {
    }

    static SqliteSendLog open(Path dataDir) throws SQLException {
        return SqliteSendLog.openBesideOthers(dataDir.resolve(FILE));
    }
}
