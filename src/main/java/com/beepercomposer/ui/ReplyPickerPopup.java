package com.beepercomposer.ui;

import com.beepercomposer.api.Message;
import com.beepercomposer.i18n.Texts;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The reply selector: a filter box (which also takes a pasted message ID), the chat's messages
 * newest first, and "Load older" for the next page back.
 */
final class ReplyPickerPopup {
    private final Button anchor;
    private final ReplyPickerViewModel model;
    private final ComposerViewModel composer;
    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final ListView<Message> list = new ListView<>();

    ReplyPickerPopup(Button anchor, ReplyPickerViewModel model, ComposerViewModel composer) {
        this.anchor = anchor;
        this.model = model;
        this.composer = composer;
        filter.setPromptText(Texts.get("reply.filter.promptText"));
        filter.setAccessibleText(Texts.get("reply.filter.accessibleText"));
        filter.getStyleClass().add("reply-filter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        list.setItems(model.visible());
        list.setCellFactory(view -> new ReplyCell());
        list.setPrefSize(460, 320);
        list.getStyleClass().add("reply-candidates");
        list.setAccessibleText(Texts.get("reply.list.accessibleText"));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem());
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        Button older = new Button(Texts.get("reply.older"));
        older.getStyleClass().add("load-older");
        older.disableProperty().bind(model.hasMoreProperty().not().or(model.loadingProperty()));
        older.setOnAction(event -> model.loadOlder());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        ErrorDetails.attach(error, model.errorDetailsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox content = new VBox(6, filter, list, new HBox(8, older, loading, spacer), error);
        content.getStyleClass().add("reply-popup");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    void show() {
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        model.filterProperty().set("");
        popup.show(anchor, bounds.getMinX(), bounds.getMaxY() + 2);
        list.getSelectionModel().clearSelection();
        filter.requestFocus();
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                if (event.getTarget() == filter && !list.getItems().isEmpty()) {
                    list.requestFocus();
                    list.getSelectionModel().selectFirst();
                    event.consume();
                }
            }
            case ENTER -> {
                Message highlighted = list.getSelectionModel().getSelectedItem();
                if (highlighted != null) {
                    pick(highlighted);
                } else if (list.getItems().size() == 1) {
                    pick(list.getItems().get(0));
                } else {
                    popup.hide();
                    composer.replyToPastedId(filter.getText());
                }
                event.consume();
            }
            default -> { }
        }
    }

    private void pick(Message message) {
        popup.hide();
        composer.chooseReply(ReplyPickerViewModel.targetFor(message));
    }
}
