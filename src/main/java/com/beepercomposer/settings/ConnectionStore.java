package com.beepercomposer.settings;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chosen connection on disk: mode and URL in a properties file, the token in the OS keyring
 * when one answers, else alone in a file only its owner can read (created so from the start,
 * never widened then narrowed). A token found in that file while a keyring answers is moved
 * into the keyring. Blocking: call off the FX thread.
 */
public final class ConnectionStore {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStore.class);
    static final String KEYRING_ACCOUNT = "access-token";

    private final Path settingsFile;
    private final Path tokenFile;
    /** Makes the OS keyring, on first need: that takes a few hundred ms, which a sandbox start never needs. */
    private final Supplier<Keyring> opening;
    private volatile boolean opened;
    /** Null once it failed to answer (or when there is none): the file is used from then on. */
    private volatile Keyring keyring;

    /** A store keeping the token in the owner-only file only. */
    public ConnectionStore(Path dataDir) {
        this(dataDir, (Keyring) null);
    }

    /** @param keyring the OS keyring, or null where there is none */
    public ConnectionStore(Path dataDir, Keyring keyring) {
        this(dataDir, () -> keyring);
    }

    /** @param keyring makes the OS keyring (or gives null where there is none) the first time the token is needed */
    public ConnectionStore(Path dataDir, Supplier<Keyring> keyring) {
        this.settingsFile = dataDir.resolve("connection.properties");
        this.tokenFile = dataDir.resolve("access-token");
        this.opening = keyring;
    }

    /** Makes the keyring now if it is not made yet: off the FX thread, before the connection dialog asks. */
    public void openKeyring() {
        keyring();
    }

    private Keyring keyring() {
        if (!opened) {
            synchronized (this) {
                if (!opened) {
                    keyring = opening.get();
                    opened = true;
                }
            }
        }
        return keyring;
    }

    /** Where the token is kept now, in words for the connection dialog. */
    public String tokenStorage() {
        Keyring k = keyring();
        return k != null ? Texts.get("store.inKeyring", k.name())
                : Texts.get("store.inFile", tokenFile.toString());
    }

    public SavedConnection load() {
        if (!Files.isRegularFile(settingsFile)) {
            return SavedConnection.SANDBOX;
        }
        OwnerOnly.narrowIfPresent(settingsFile);
        OwnerOnly.narrowIfPresent(tokenFile);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(settingsFile)) {
            p.load(in);
            boolean sandbox = "sandbox".equals(p.getProperty("mode", "sandbox"));
            // Saving the sandbox removes the token: reading it would only make the keyring, a few hundred ms.
            String raw = sandbox ? null : readToken();
            AccessToken token = raw == null || raw.isBlank() ? null : AccessToken.of(raw);
            return new SavedConnection(sandbox, p.getProperty("baseUrl"), token, p.getProperty("oauthClientID"));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable connection settings in {}: {}", settingsFile, e.getMessage());
            return SavedConnection.SANDBOX;
        }
    }

    public void save(SavedConnection connection) throws IOException {
        OwnerOnly.directory(settingsFile.toAbsolutePath().getParent());
        Properties p = new Properties();
        p.setProperty("mode", connection.sandbox() ? "sandbox" : "desktop");
        p.setProperty("baseUrl", connection.baseUrl());
        if (connection.oauthClientID() != null) {
            p.setProperty("oauthClientID", connection.oauthClientID());
        }
        Path temp = Files.createTempFile(settingsFile.toAbsolutePath().getParent(), "connection", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "Beeper Composer connection (the token is kept apart, readable by its owner only)");
        }
        Files.move(temp, settingsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        writeToken(connection.token() == null ? null : connection.token().reveal());
    }

    /** The keyring's token, else the file's; a file token is moved into an answering keyring. */
    private String readToken() throws IOException {
        String fromFile = Files.isRegularFile(tokenFile) ? Files.readString(tokenFile, StandardCharsets.UTF_8).strip()
                : null;
        Keyring k = keyring();
        if (k == null) {
            return fromFile;
        }
        try {
            Optional<String> stored = k.read(KEYRING_ACCOUNT);
            if (fromFile != null && !fromFile.isEmpty()) {
                // An older install (or a time without a keyring) left it in the file: move it.
                k.write(KEYRING_ACCOUNT, fromFile);
                Files.delete(tokenFile);
                LOG.info("Moved the access token from {} into {}", tokenFile, k.name());
                return fromFile;
            }
            return stored.orElse(null);
        } catch (Keyring.KeyringException e) {
            fallBackToFile(e);
            return fromFile;
        }
    }

    private void writeToken(String secret) throws IOException {
        Keyring k = keyring();
        if (k != null) {
            try {
                if (secret == null) {
                    k.delete(KEYRING_ACCOUNT);
                } else {
                    k.write(KEYRING_ACCOUNT, secret);
                }
                Files.deleteIfExists(tokenFile);
                return;
            } catch (Keyring.KeyringException e) {
                fallBackToFile(e);
            }
        }
        if (secret == null) {
            Files.deleteIfExists(tokenFile);
        } else {
            writePrivately(secret);
        }
    }

    private void fallBackToFile(Keyring.KeyringException e) {
        LOG.warn("The keyring stopped answering ({}); the token is kept in {} instead", e.getMessage(), tokenFile);
        keyring = null;
    }

    private void writePrivately(String secret) throws IOException {
        Path dir = tokenFile.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix
                ? Files.createTempFile(dir, "token", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "token", ".tmp");
        Files.writeString(temp, secret, StandardCharsets.UTF_8);
        Files.move(temp, tokenFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        OwnerOnly.narrowIfPresent(tokenFile);
    }
}
