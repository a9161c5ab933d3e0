package com.beepercomposer.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OS keyring through java-keyring; {@link #system()} is empty where no backend answers. */
public final class JavaKeyring implements Keyring {
    private static final Logger LOG = LoggerFactory.getLogger(JavaKeyring.class);
    static final String SERVICE = "Beeper Composer";

    private final com.github.javakeyring.Keyring keyring;

    private JavaKeyring(com.github.javakeyring.Keyring keyring) {
        this.keyring = keyring;
    }

    /** The platform's keyring, or empty (headless Linux without a Secret Service, for one). */
    public static Optional<Keyring> system() {
        try {
            return Optional.of(new JavaKeyring(com.github.javakeyring.Keyring.create()));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError none) {
            LOG.info("No OS keyring answers ({}); the token is kept in an owner-only file", none.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        KeyringStorageType type = keyring.getKeyringStorageType();
        String what = switch (type) {
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            case GNOME_KEYRING -> "Secret Service";
            case KWALLET -> "KWallet";
        };
        return "the system keyring (" + what + ")";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (PasswordAccessException e) {
            // How each backend says "no such entry" differs ("No stored credentials match…" on the
            // Secret Service, "could not be found" on macOS): all mean absent. A keyring that is
            // really out of reach fails the write that follows, and the file takes over then.
            LOG.debug("No token in the keyring: {}", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new KeyringException("The keyring did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String account, String secret) throws KeyringException {
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new KeyringException("The keyring did not take the token: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String account) throws KeyringException {
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException e) {
            LOG.debug("Nothing to delete from the keyring: {}", e.getMessage());
        } catch (RuntimeException e) {
            throw new KeyringException("The keyring did not answer: " + e.getMessage(), e);
        }
    }
}
