package com.beepercomposer.history;

/**
 * What made a send: the window or the command line. Rows written before the origin was
 * recorded read as {@link #APP}, the only sender there was then.
 */
public enum SendOrigin {
    APP, CLI;

    /** The stored spelling back to an origin; anything unknown (or nothing) is the app's. */
    public static SendOrigin parse(String stored) {
        return "CLI".equals(stored) ? CLI : APP;
    }
}
