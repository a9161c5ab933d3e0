package com.beepercomposer.ui;

import com.beepercomposer.i18n.Texts;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows the request a send would make, read-only, in a dialog that does not block the window. */
final class RequestPreviewDialog {
    private RequestPreviewDialog() {
    }

    static void show(Window owner, String text) {
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(false);
        body.getStyleClass().add("request-preview");
        body.setPrefSize(560, 360);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("composer.requestPreviewButton"));
        dialog.setHeaderText(Texts.get("requestPreview.header"));
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getStylesheets().add(RequestPreviewDialog.class.getResource("app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.show();
    }
}
