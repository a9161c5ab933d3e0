package com.beepercomposer.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.beepercomposer.settings.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history holds what was sent to whom: nobody but its owner may read it or list its directory. */
class HistoryFilesAreOwnerOnlyTest {
    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(OwnerOnly.supported(), "POSIX permissions are not supported here");
    }

    @Test
    void aNewHistoryIsCreatedOwnerOnlyWithItsWalAndShm() throws Exception {
        Path dir = temp.resolve("data");
        Path file = dir.resolve("history.sqlite");
        try (SqliteSendLog log = SqliteSendLog.open(file)) {
            log.add(SendRecord.sending(Instant.now(), "!c:x", "Team", "hello", null, null, null, "{}"));

            assertThat(mode(dir)).isEqualTo("rwx------");
            assertThat(Files.exists(Path.of(file + "-wal"))).isTrue();
            for (String name : new String[] {"", "-wal", "-shm"}) {
                assertThat(mode(Path.of(file + name))).as("history.sqlite" + name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void filesAnOlderInstallLeftOpenAreNarrowedOnOpen() throws Exception {
        Path dir = temp.resolve("data");
        Path file = dir.resolve("history.sqlite");
        try (SqliteSendLog older = SqliteSendLog.open(file)) {
            older.add(SendRecord.sending(Instant.now(), "!c:x", "Team", "hello", null, null, null, "{}"));
            // What an older version left: everything readable by others, while it still runs.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (String name : new String[] {"", "-wal", "-shm"}) {
                Files.setPosixFilePermissions(Path.of(file + name), PosixFilePermissions.fromString("rw-r--r--"));
            }

            try (SqliteSendLog log = SqliteSendLog.open(file)) {
                log.add(SendRecord.sending(Instant.now(), "!c:x", "Team", "again", null, null, null, "{}"));

                assertThat(mode(dir)).isEqualTo("rwx------");
                for (String name : new String[] {"", "-wal", "-shm"}) {
                    assertThat(mode(Path.of(file + name))).as("history.sqlite" + name).isEqualTo("rw-------");
                }
            }
        }
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
