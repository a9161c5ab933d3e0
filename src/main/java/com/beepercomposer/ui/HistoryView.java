package com.beepercomposer.ui;

import javafx.fxml.FXML;

/** The history table: one row per send, following each pending ID to its final message. */
public final class HistoryView {
    @FXML
    private void initialize() {
    }
}
