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

    /** A temporary sandbox for {@code --sandbox}; a source without one refuses the option. */
    default TemporarySandbox startSandbox() {
        throw new CliFailure(ExitCode.USAGE, "--sandbox is not available here");
    }

    /** The app's own saved connection in {@code dataDir}, and a way to start a temporary sandbox. */
    static ConnectionSource savedIn(Path dataDir, TemporarySandbox.Starter sandboxes) {
        ConnectionStore store = new ConnectionStore(dataDir);
        return new ConnectionSource() {
            @Override
            public SavedConnection load() {
                return store.load();
            }

            @Override
            public TemporarySandbox startSandbox() {
                return sandboxes.start();
            }
        };
    }
}
