package com.beepercomposer.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Takes a history file back to how an older app left it, to test the migrations from there. */
final class OlderSchema {
    /** What each version after 3 added, newest first, so they can be undone in order. */
    private static final List<List<String>> UNDO = List.of(
            List.of("DROP INDEX sends_by_group", "ALTER TABLE sends DROP COLUMN group_id",
                    "ALTER TABLE sends DROP COLUMN group_kind", "ALTER TABLE sends DROP COLUMN group_index",
                    "ALTER TABLE sends DROP COLUMN group_size", "ALTER TABLE sends DROP COLUMN group_variant"),
            List.of("ALTER TABLE sends DROP COLUMN edits_json", "ALTER TABLE sends DROP COLUMN unsent_at"),
            List.of("ALTER TABLE sends DROP COLUMN origin"));
    private static final int OLDEST_UNDOABLE = 3;

    private OlderSchema() {
    }

    static void downgrade(Path file, int version) throws SQLException {
        int steps = OLDEST_UNDOABLE + UNDO.size() - version;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int i = 0; i < steps; i++) {
                for (String sql : UNDO.get(i)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = " + version);
        }
    }
}
