package com.beepercomposer.settings;

import java.util.Optional;

/**
 * A secret store of the operating system: the macOS Keychain, the Windows Credential Manager or
 * the Secret Service on Linux. Blocking, and may be slow (a desktop prompt): call off the FX thread.
 */
public interface Keyring {
    /** What to call it to the person, e.g. "the system keyring (Secret Service)". */
    String name();

    /** @throws KeyringException when the keyring does not answer */
    Optional<String> read(String account) throws KeyringException;

    void write(String account, String secret) throws KeyringException;

    /** Removing what is not there is no error. */
    void delete(String account) throws KeyringException;

    /** The keyring did not answer; the message never holds the secret. */
    final class KeyringException extends Exception {
        public KeyringException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
