package com.beepercomposer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionStoreTest {
    private static final String SECRET = "desk-secret-123";

    @TempDir
    Path dir;

    @Test
    void nothingSavedMeansTheSandbox() {
        assertThat(new ConnectionStore(dir).load()).isEqualTo(SavedConnection.SANDBOX);
    }

    @Test
    void theTokenIsKeptApartAndReadableByItsOwnerOnly() throws Exception {
        ConnectionStore store = new ConnectionStore(dir);
        SavedConnection desktop = SavedConnection.desktop("http://localhost:23373", AccessToken.of(SECRET));

        store.save(desktop);

        assertThat(store.load()).isEqualTo(desktop);
        assertThat(Files.readString(dir.resolve("connection.properties"))).doesNotContain(SECRET);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("access-token"))))
                .isEqualTo("rw-------");
    }

    @Test
    void goingBackToTheSandboxForgetsTheToken() throws Exception {
        ConnectionStore store = new ConnectionStore(dir);
        store.save(SavedConnection.desktop("http://localhost:23373", AccessToken.of(SECRET)));

        store.save(SavedConnection.SANDBOX);

        assertThat(Files.exists(dir.resolve("access-token"))).isFalse();
        assertThat(store.load().sandbox()).isTrue();
    }
}
