package com.beepercomposer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AccessToken;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token goes to the OS keyring when one answers; the owner-only file stays the fallback. */
class ConnectionStoreKeyringTest {
    private static final String SECRET = "keyring-secret-456";
    private static final SavedConnection SIGNED_IN =
            SavedConnection.signedIn("http://localhost:23373", AccessToken.of(SECRET), "client-1");

    @TempDir
    Path dir;
    private final FakeKeyring keyring = new FakeKeyring();

    @Test
    void theTokenGoesToTheKeyringAndNotToAFile() throws Exception {
        ConnectionStore store = new ConnectionStore(dir, keyring);

        store.save(SIGNED_IN);

        assertThat(keyring.entries).containsEntry(ConnectionStore.KEYRING_ACCOUNT, SECRET);
        assertThat(dir.resolve("access-token")).doesNotExist();
        assertThat(Files.readString(dir.resolve("connection.properties"))).doesNotContain(SECRET)
                .contains("oauthClientID=client-1");
        assertThat(new ConnectionStore(dir, keyring).load()).isEqualTo(SIGNED_IN);
        assertThat(store.tokenStorage()).isEqualTo("The token is kept in the fake keyring.");
    }

    @Test
    void aTokenInTheFileMovesIntoTheKeyringOnFirstStart() throws Exception {
        new ConnectionStore(dir).save(SavedConnection.desktop("http://localhost:23373", AccessToken.of(SECRET)));
        assertThat(dir.resolve("access-token")).exists();

        SavedConnection loaded = new ConnectionStore(dir, keyring).load();

        assertThat(loaded.token().reveal()).isEqualTo(SECRET);
        assertThat(keyring.entries).containsEntry(ConnectionStore.KEYRING_ACCOUNT, SECRET);
        assertThat(dir.resolve("access-token")).doesNotExist();
    }

    @Test
    void theKeyringIsMadeOnlyOnceATokenIsNeededAndThenOnce() throws Exception {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        ConnectionStore store = new ConnectionStore(dir, () -> {
            made.incrementAndGet();
            return keyring;
        });

        assertThat(store.load()).isEqualTo(SavedConnection.SANDBOX);
        assertThat(made).as("a start on the sandbox never makes it").hasValue(0);
        new ConnectionStore(dir, keyring).save(SavedConnection.SANDBOX);
        assertThat(store.load().sandbox()).isTrue();
        assertThat(made).as("nor one whose saved choice is the sandbox").hasValue(0);

        store.save(SIGNED_IN);
        assertThat(new ConnectionStore(dir, () -> {
            made.incrementAndGet();
            return keyring;
        }).load()).isEqualTo(SIGNED_IN);
        store.openKeyring();
        assertThat(store.tokenStorage()).isEqualTo("The token is kept in the fake keyring.");
        assertThat(made).as("once per store").hasValue(2);
    }

    @Test
    void aKeyringThatDoesNotAnswerLeavesTheTokenInTheOwnerOnlyFile() throws Exception {
        keyring.answering = false;
        ConnectionStore store = new ConnectionStore(dir, keyring);

        store.save(SIGNED_IN);

        assertThat(Files.readString(dir.resolve("access-token"))).isEqualTo(SECRET);
        assertThat(store.load()).isEqualTo(SIGNED_IN);
        assertThat(store.tokenStorage()).startsWith("No system keyring answers: the token is kept in a file only you"
                + " can read");
    }

    @Test
    void forgettingTheConnectionRemovesTheTokenFromTheKeyring() throws Exception {
        ConnectionStore store = new ConnectionStore(dir, keyring);
        store.save(SIGNED_IN);

        store.save(SavedConnection.desktop("http://localhost:23373", null));

        assertThat(keyring.entries).isEmpty();
        assertThat(store.load().token()).isNull();
    }
}
