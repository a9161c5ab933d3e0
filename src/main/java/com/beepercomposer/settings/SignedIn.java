package com.beepercomposer.settings;

import com.beepercomposer.api.AccessToken;

/**
 * A finished sign-in: the token, the client it was issued to (needed to revoke it), and what
 * to show: the server ("Beeper Desktop 4.1.2") and who signed in (null when the server did not say).
 */
public record SignedIn(AccessToken token, String clientID, String server, String user) {
}
