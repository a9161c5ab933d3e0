package com.beepercomposer.settings;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ClientConfig;

/**
 * Where the person chose to send: the built-in sandbox, or Beeper Desktop at a URL with a
 * token. The token prints as redacted, like everywhere else.
 */
public record SavedConnection(boolean sandbox, String baseUrl, AccessToken token) {
    public static final SavedConnection SANDBOX = new SavedConnection(true, ClientConfig.DEFAULT_BASE_URL, null);

    public SavedConnection {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? ClientConfig.DEFAULT_BASE_URL : baseUrl.strip();
    }

    /** Beeper Desktop needs a token; without one the choice falls back to the sandbox. */
    public boolean usable() {
        return sandbox || token != null;
    }

    public static SavedConnection desktop(String baseUrl, AccessToken token) {
        return new SavedConnection(false, baseUrl, token);
    }
}
