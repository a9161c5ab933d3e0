package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;

/**
 * An error label that stays short: the failure's request, status and body sit behind
 * a "Details" link at its end, which opens them in a small window with Copy. Any error label
 * with details to offer can take it.
 */
final class ErrorDetails {
    private final Label label;
    private final ObservableStringValue details;
    private final Hyperlink link = new Hyperlink(Texts.get("error.details"));

    private ErrorDetails(Label label, ObservableStringValue details) {
        this.label = label;
        this.details = details;
    }

    static ErrorDetails attach(Label label, ObservableStringValue details) {
        ErrorDetails piece = new ErrorDetails(label, details);
        piece.wire();
        return piece;
    }

    private void wire() {
        link.getStyleClass().add("error-details-link");
        link.setAccessibleText(Texts.get("error.details.accessibleText"));
        link.setOnAction(event -> show());
        label.setContentDisplay(ContentDisplay.RIGHT);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        HoverTooltips.onFirstHover(label, () -> {
            Tooltip full = new Tooltip();
            full.textProperty().bind(label.textProperty());
            return full;
        });
        details.addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        label.setGraphic(details.get() == null || details.get().isEmpty() ? null : link);
    }

    Hyperlink link() {
        return link;
    }

    /** The details window: the summary, the facts one a line (selectable), and Copy. */
    void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("error.details.title"));
        dialog.setHeaderText(label.getText());
        TextArea text = new TextArea(details.get());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(60);
        text.getStyleClass().add("error-details-text");
        text.setAccessibleText(Texts.get("error.details.title"));
        dialog.getDialogPane().setContent(text);
        ButtonType copy = new ButtonType(Texts.get("error.copy"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(label.getText() + "\n" + details.get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        if (label.getScene() != null) {
            dialog.initOwner(label.getScene().getWindow());
        }
        dialog.show();
    }
}
