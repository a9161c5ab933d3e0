package com.beepercomposer.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link UiPreferences} as a small properties file. Writes go to a temporary
 * file first and are moved into place, so a crash mid-write never leaves a broken file.
 */
public final class PreferencesStore {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);

    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public UiPreferences load() {
        if (!Files.isRegularFile(file)) {
            return UiPreferences.DEFAULT;
        }
        OwnerOnly.narrowIfPresent(file);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            UiPreferences d = UiPreferences.DEFAULT;
            return new UiPreferences(number(p, "window.x", d.x()), number(p, "window.y", d.y()),
                    Math.max(400, number(p, "window.width", d.width())),
                    Math.max(300, number(p, "window.height", d.height())),
                    Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                    Boolean.parseBoolean(p.getProperty("theme.dark", "false")),
                    Boolean.parseBoolean(p.getProperty("preview.shown", "true")),
                    number(p, "divider.main", d.mainDivider()), number(p, "divider.details", d.detailsDivider()),
                    p.getProperty("language", ""));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable preferences in {}: {}", file, e.getMessage());
            return UiPreferences.DEFAULT;
        }
    }

    /** Blocking: call from a background thread. */
    public void save(UiPreferences prefs) {
        Properties p = new Properties();
        p.setProperty("window.x", String.valueOf(prefs.x()));
        p.setProperty("window.y", String.valueOf(prefs.y()));
        p.setProperty("window.width", String.valueOf(prefs.width()));
        p.setProperty("window.height", String.valueOf(prefs.height()));
        p.setProperty("window.maximized", String.valueOf(prefs.maximized()));
        p.setProperty("theme.dark", String.valueOf(prefs.dark()));
        p.setProperty("preview.shown", String.valueOf(prefs.previewShown()));
        p.setProperty("divider.main", String.valueOf(prefs.mainDivider()));
        p.setProperty("divider.details", String.valueOf(prefs.detailsDivider()));
        p.setProperty("language", prefs.language());
        try {
            OwnerOnly.directory(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.getParent(), "prefs", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                p.store(out, "Beeper Composer window and theme");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}: {}", file, e.getMessage());
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        double parsed = Double.parseDouble(value);
        return Double.isInfinite(parsed) ? fallback : parsed;
    }
}
