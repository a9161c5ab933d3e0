package com.beepercomposer.ui;

import javafx.fxml.FXML;

/** The one window: connection bar on top, composer, and history below. */
public final class MainView {
    @FXML
    private void initialize() {
        // The regions wire themselves; this controller exists so the window has one place to grow into.
    }
}
