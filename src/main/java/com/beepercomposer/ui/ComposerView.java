package com.beepercomposer.ui;

import javafx.fxml.FXML;

/** The composer region: chat, Markdown editor, reply-to, attachment and send. */
public final class ComposerView {
    @FXML
    private void initialize() {
    }
}
