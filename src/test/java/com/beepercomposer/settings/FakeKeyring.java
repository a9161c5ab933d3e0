package com.beepercomposer.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An OS keyring in memory; {@code answering = false} plays one that does not answer. */
final class FakeKeyring implements Keyring {
    final Map<String, String> entries = new HashMap<>();
    boolean answering = true;

    @Override
    public String name() {
        return "the fake keyring";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        check();
        return Optional.ofNullable(entries.get(account));
    }

    @Override
    public void write(String account, String secret) throws KeyringException {
        check();
        entries.put(account, secret);
    }

    @Override
    public void delete(String account) throws KeyringException {
        check();
        entries.remove(account);
    }

    private void check() throws KeyringException {
        if (!answering) {
            throw new KeyringException("locked", null);
        }
    }
}
