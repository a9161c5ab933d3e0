package com.beepercomposer.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.beepercomposer.api.AccessToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whichever store creates the data directory creates it owner-only; files left open are narrowed. */
class DataDirectoryIsOwnerOnlyTest {
    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(OwnerOnly.supported(), "POSIX permissions are not supported here");
    }

    @Test
    void theConnectionStoreCreatesTheDirectoryAndItsFilesOwnerOnly() throws Exception {
        Path dir = temp.resolve("data");
        new ConnectionStore(dir).save(SavedConnection.desktop("http://localhost:23373", AccessToken.of("tok-123")));

        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("access-token"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("connection.properties"))).isEqualTo("rw-------");
    }

    @Test
    void thePreferencesStoreCreatesTheDirectoryOwnerOnlyAndNarrowsAnOpenFile() throws Exception {
        Path dir = temp.resolve("data");
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.properties"));
        store.save(UiPreferences.DEFAULT);
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("preferences.properties"))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(dir.resolve("preferences.properties"), PosixFilePermissions.fromString("rw-r--r--"));
        store.load();
        assertThat(mode(dir.resolve("preferences.properties"))).isEqualTo("rw-------");
    }

    @Test
    void anExistingDirectoryOpenToOthersIsNarrowed() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnly.directory(dir);

        assertThat(mode(dir)).isEqualTo("rwx------");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
