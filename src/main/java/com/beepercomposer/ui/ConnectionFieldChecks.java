package com.beepercomposer.ui;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.i18n.Texts;

/** What the connection dialog says about its URL and token fields, checked as the client will take them. */
final class ConnectionFieldChecks {
    private ConnectionFieldChecks() {
    }

    /** Empty when the typed token is usable, or nothing is typed (the saved one is kept). */
    static String tokenProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        try {
            AccessToken.of(typed);
            return "";
        } catch (IllegalArgumentException malformed) {
            return malformed.getMessage();
        }
    }

    static String urlProblem(String text) {
        if (text == null || text.isBlank()) {
            return Texts.get("dialog.urlMissing");
        }
        try {
            ClientConfig.of(text, null);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static boolean sendsTokenInClear(String text) {
        try {
            return ClientConfig.of(text, null).sendsTokenInClear();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
