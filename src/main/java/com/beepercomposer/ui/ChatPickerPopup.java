package com.beepercomposer.ui;

import com.beepercomposer.api.Chat;
import com.beepercomposer.i18n.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * The chat field's result list, under the field. Focus stays in the field: arrows move the
 * highlight, Enter picks it (or opens a pasted ID), Esc closes the list.
 */
final class ChatPickerPopup {
    private final TextField field;
    private final ChatPickerViewModel model;
    /** Made on first showing: a popup is a window with its own scene, which the first frame does not need. */
    private Popup popup;
    private final ListView<Chat> list = new ListView<>();
    private boolean quiet;

    ChatPickerPopup(TextField field, ChatPickerViewModel model) {
        this.field = field;
        this.model = model;
        list.setItems(model.results());
        list.setCellFactory(view -> new ChatCell(model.chatsWithDrafts()));
        model.chatsWithDrafts().addListener((javafx.collections.SetChangeListener<String>) change -> list.refresh());
        list.getStyleClass().add("chat-results");
        list.setPrefHeight(300);
        list.setFocusTraversable(false);
        list.setAccessibleText(Texts.get("chat.results"));

        field.textProperty().addListener((obs, old, text) -> {
            if (!quiet) {
                // What is listed answers the old text: Enter must not pick from it.
                hide();
                list.getSelectionModel().clearSelection();
                model.typed(text);
            }
        });
        field.focusedProperty().addListener((obs, old, focused) -> {
            if (focused) {
                model.focusGained(field.getText());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.results().addListener((ListChangeListener<Chat>) change -> refresh());
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                pick(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Shows a chosen chat's title without starting a search for it. */
    void setTextQuietly(String text) {
        quiet = true;
        try {
            field.setText(text);
            field.positionCaret(text.length());
        } finally {
            quiet = false;
        }
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                move(1);
                event.consume();
            }
            case UP -> {
                move(-1);
                event.consume();
            }
            case ENTER -> {
                Chat highlighted = showing() ? list.getSelectionModel().getSelectedItem() : null;
                if (highlighted != null) {
                    pick(highlighted);
                } else {
                    hide();
                    model.submit(field.getText());
                }
                event.consume();
            }
            case ESCAPE -> {
                if (showing()) {
                    hide();
                    event.consume();
                }
            }
            default -> { }
        }
    }

    private void move(int step) {
        if (model.results().isEmpty()) {
            return;
        }
        if (!showing()) {
            // The first arrow only brings the list back, with its highlight where it was.
            show();
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex() + step;
        index = Math.max(0, Math.min(model.results().size() - 1, index));
        list.getSelectionModel().select(index);
        list.scrollTo(index);
    }

    private void pick(Chat chat) {
        hide();
        setTextQuietly(chat.title() == null ? chat.id() : chat.title());
        model.choose(chat);
    }

    private void refresh() {
        if (model.results().isEmpty()) {
            hide();
            return;
        }
        list.getSelectionModel().select(0);
        if (field.isFocused()) {
            show();
        }
    }

    private void show() {
        if (showing() || field.getScene() == null) {
            return;
        }
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        list.setPrefWidth(Math.max(360, bounds.getWidth()));
        if (popup == null) {
            popup = new Popup();
            popup.getContent().add(list);
            popup.setAutoHide(true);
            popup.setHideOnEscape(true);
        }
        popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
    }

    private boolean showing() {
        return popup != null && popup.isShowing();
    }

    private void hide() {
        if (popup != null) {
            popup.hide();
        }
    }
}
