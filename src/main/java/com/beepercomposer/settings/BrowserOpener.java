package com.beepercomposer.settings;

import java.net.URI;

/** Shows a page in the person's own browser; the app passes JavaFX's, tests play the browser. */
@FunctionalInterface
public interface BrowserOpener {
    void open(URI page);
}
