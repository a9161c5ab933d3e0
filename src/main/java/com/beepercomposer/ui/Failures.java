package com.beepercomposer.ui;

import com.beepercomposer.api.Causes;
import com.beepercomposer.api.TokenScrubber;

/** Failures as the person reads them. */
public final class Failures {
    private Failures() {
    }

    /** A sentence for the user: the real cause's message (never a token), or its type when it has none. */
    public static String describe(Throwable error) {
        Throwable cause = Causes.unwrap(error);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : TokenScrubber.scrub(message);
    }
}
