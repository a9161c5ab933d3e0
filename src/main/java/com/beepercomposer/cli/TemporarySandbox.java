package com.beepercomposer.cli;

/**
 * A sandbox started for one command ({@code --sandbox}): where it listens, its token, and how to
 * stop it. The app's wiring starts it; the command line knows nothing of the sandbox itself.
 */
public record TemporarySandbox(String baseUrl, String token, Runnable stop) {

    /** Starts one; the launcher gives the command line a starter. */
    @FunctionalInterface
    public interface Starter {
        TemporarySandbox start();
    }
}
