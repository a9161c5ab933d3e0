package com.beepercomposer.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's name and version (filtered in by Maven), for the User-Agent and the window. */
public final class AppIdentity {
    public static final String NAME = "BeeperComposer";
    private static final String VERSION = loadVersion();

    private AppIdentity() {
    }

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return NAME + "/" + VERSION + " (Java " + Runtime.version().feature() + "; "
                + System.getProperty("os.name", "unknown") + ")";
    }

    private static String loadVersion() {
        try (InputStream in = AppIdentity.class.getResourceAsStream("/com/beepercomposer/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
