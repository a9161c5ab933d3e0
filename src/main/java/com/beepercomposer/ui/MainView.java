package com.beepercomposer.ui;

import javafx.fxml.FXML;
import javafx.scene.control.SplitPane;

/** The one window: connection bar on top, composer, and history below, split where it was left. */
public final class MainView {
    private final UiSettings settings;

    @FXML
    private SplitPane mainSplit;

    public MainView(UiSettings settings) {
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        settings.restoreAndFollow(mainSplit, true);
    }

    @FXML
    private void onShortcuts() {
        ShortcutsWindow.show(mainSplit.getScene().getWindow());
    }
}
