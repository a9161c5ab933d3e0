package com.beepercomposer.settings;

/** Why signing in stopped, in words for the person; never holds a code or a token. */
public final class SignInException extends RuntimeException {
    public SignInException(String message) {
        super(message);
    }
}
