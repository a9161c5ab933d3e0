package com.beepercomposer.settings;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ClientConfig;

/**
 * Where the person chose to send: the built-in sandbox, or Beeper Desktop at a URL with a
 * token. The token prints as redacted, like everywhere else.
 *
 * @param oauthClientID the client a signed-in token was issued to (needed to revoke it); null for a pasted token
 */
public record SavedConnection(boolean sandbox, String baseUrl, AccessToken token, String oauthClientID) {
    public static final SavedConnection SANDBOX = new SavedConnection(true, ClientConfig.DEFAULT_BASE_URL, null);

    public SavedConnection {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? ClientConfig.DEFAULT_BASE_URL : baseUrl.strip();
        oauthClientID = oauthClientID == null || oauthClientID.isBlank() ? null : oauthClientID;
    }

    public SavedConnection(boolean sandbox, String baseUrl, AccessToken token) {
        this(sandbox, baseUrl, token, null);
    }

    /** Beeper Desktop needs a token; without one the choice falls back to the sandbox. */
    public boolean usable() {
        return sandbox || token != null;
    }

    public static SavedConnection desktop(String baseUrl, AccessToken token) {
        return new SavedConnection(false, baseUrl, token, null);
    }

    /** A token from "Sign in with Beeper Desktop", remembered with the client it belongs to. */
    public static SavedConnection signedIn(String baseUrl, AccessToken token, String clientID) {
        return new SavedConnection(false, baseUrl, token, clientID);
    }
}
