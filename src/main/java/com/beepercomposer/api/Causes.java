package com.beepercomposer.api;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place that strips the wrappers futures put around a failure. Every layer (api,
 * compose, settings, ui) sees the real cause through it.
 */
public final class Causes {
    private Causes() {
    }

    /** The failure without its {@link CompletionException} / {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The first {@link ApiException} in the cause chain, or null when the failure is not the API's. */
    public static ApiException apiException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }

    /** The failure as a {@link CompletionException}, to rethrow from inside a future's stage. */
    public static CompletionException rethrowable(Throwable error) {
        return error instanceof CompletionException c ? c : new CompletionException(error);
    }
}
