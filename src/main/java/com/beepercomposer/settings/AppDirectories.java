package com.beepercomposer.settings;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its files: the per-user data directory of the OS, unless
 * {@code BEEPER_COMPOSER_DATA_DIR} (or the system property {@code beepercomposer.dataDir})
 * points elsewhere, as the tests do.
 */
public final class AppDirectories {
    public static final String ENV = "BEEPER_COMPOSER_DATA_DIR";
    public static final String PROPERTY = "beepercomposer.dataDir";

    private AppDirectories() {
    }

    public static Path dataDir(Map<String, String> env) {
        String override = System.getProperty(PROPERTY);
        if (override == null || override.isBlank()) {
            override = env.get(ENV);
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return OsDefault.DATA_DIR;
    }

    /**
     * Asked of the OS once: the main class and {@code init()} both need it, and on Windows the
     * library asks PowerShell.
     */
    private static final class OsDefault {
        static final Path DATA_DIR = Path.of(ProjectDirectories.from("com", "beepercomposer", "BeeperComposer").dataDir);
    }
}
