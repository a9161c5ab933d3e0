package com.beepercomposer.settings;

import com.beepercomposer.api.AccessToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chosen connection on disk: mode and URL in a properties file, the token alone in a file
 * only its owner can read (created so from the start, never widened then narrowed).
 * Blocking: call off the FX thread.
 */
public final class ConnectionStore {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStore.class);

    private final Path settingsFile;
    private final Path tokenFile;

    public ConnectionStore(Path dataDir) {
        this.settingsFile = dataDir.resolve("connection.properties");
        this.tokenFile = dataDir.resolve("access-token");
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
            AccessToken token = null;
            if (Files.isRegularFile(tokenFile)) {
                String raw = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                token = raw.isEmpty() ? null : AccessToken.of(raw);
            }
            return new SavedConnection("sandbox".equals(p.getProperty("mode", "sandbox")), p.getProperty("baseUrl"),
                    token);
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
        Path temp = Files.createTempFile(settingsFile.toAbsolutePath().getParent(), "connection", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "Beeper Composer connection (the token is kept apart, readable by its owner only)");
        }
        Files.move(temp, settingsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (connection.token() == null) {
            Files.deleteIfExists(tokenFile);
        } else {
            writePrivately(connection.token().reveal());
        }
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
