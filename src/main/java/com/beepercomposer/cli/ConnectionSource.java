package com.beepercomposer.cli;

import com.beepercomposer.settings.ConnectionStore;
import com.beepercomposer.settings.SavedConnection;
import java.nio.file.Path;

/**
 * Where the command line finds the connection chosen in the app. Today that is
 * {@link ConnectionStore} in the data directory, read exactly as the app reads it; a store that
 * keeps the token elsewhere (the OS keyring) plugs in here and nowhere else.
 */
@FunctionalInterface
public interface ConnectionSource {
    SavedConnection load();

    /** The app's own saved connection in {@code dataDir}. */
    static ConnectionSource savedIn(Path dataDir) {
        return new ConnectionStore(dataDir)::load;
    }
}
