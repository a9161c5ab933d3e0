package com.beepercomposer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The reply selector's button with why it is off, its error, and the strip naming the message replied to. */
final class ReplyControls {
    private final Button button;
    private final ComposerViewModel model;
    // Built on first use: the window's first frame does not need it.
    private ReplyPickerPopup popup;

    ReplyControls(ComposerViewModel model, StackPane buttonHolder, Button button, Label refusal, Label error,
                  HBox strip, Label stripText, Button clearButton) {
        this.button = button;
        this.model = model;
        button.setGraphic(new FontIcon(Feather.CORNER_UP_LEFT));
        button.disableProperty().bind(model.replyRefusalProperty().isNotEmpty());
        refusal.textProperty().bind(model.replyRefusalProperty());
        // A disabled button shows no tooltip, so the reason sits on its holder too.
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(model.replyRefusalProperty());
        model.replyRefusalProperty().addListener((obs, old, text) ->
                Tooltip.install(buttonHolder, text.isEmpty() ? null : reason));
        error.textProperty().bind(model.replyErrorProperty());
        NodeStates.showOnlyWhenSet(error);
        stripText.textProperty().bind(model.replyStripProperty());
        stripText.setGraphic(new FontIcon(Feather.CORNER_DOWN_RIGHT));
        strip.visibleProperty().bind(model.replyStripProperty().isNotEmpty());
        strip.managedProperty().bind(strip.visibleProperty());
        clearButton.setGraphic(new FontIcon(Feather.X));
    }

    void showPicker() {
        if (popup == null) {
            popup = new ReplyPickerPopup(button, model.replyPicker(), model);
        }
        popup.show();
    }
}
