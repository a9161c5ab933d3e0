package com.beepercomposer.ui;

import com.beepercomposer.api.TokenScrubber;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Strips the wrappers futures put around a failure so the UI sees the real cause. */
public final class Failures {
    private Failures() {
    }

    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** A sentence for the user: the exception's message (never a token), or its type when it has none. */
    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : TokenScrubber.scrub(message);
    }
}
