package com.beepercomposer.ui;

import com.beepercomposer.api.Chat;
import com.beepercomposer.i18n.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A chat in the search popup: title, network, single or group, unread count, and a mark when it has a draft. */
final class ChatCell extends ListCell<Chat> {
    private final java.util.Set<String> withDrafts;

    /** @param withDrafts the IDs of chats with a local draft: their cells carry a mark */
    ChatCell(java.util.Set<String> withDrafts) {
        this.withDrafts = withDrafts;
    }

    @Override
    protected void updateItem(Chat chat, boolean empty) {
        super.updateItem(chat, empty);
        if (empty || chat == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        Label title = new Label(chat.title() == null ? chat.id() : chat.title());
        title.getStyleClass().add("chat-title");
        String kind = Texts.get(chat.isGroup() ? "chat.group" : "chat.direct");
        Label detail = new Label((chat.network() == null ? "" : chat.network() + " · ") + kind);
        detail.getStyleClass().add("chat-detail");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, new FontIcon(chat.isGroup() ? Feather.USERS : Feather.USER),
                new VBox(1, title, detail), spacer);
        row.getStyleClass().add("chat-row");
        int unread = chat.unreadCount() == null ? 0 : chat.unreadCount();
        if (unread > 0) {
            Label badge = new Label(String.valueOf(unread));
            badge.getStyleClass().add("unread-badge");
            row.getChildren().add(badge);
        }
        boolean drafted = withDrafts.contains(chat.id());
        if (drafted) {
            Label mark = new Label(Texts.get("chat.draftMark"), new FontIcon(Feather.EDIT_3));
            mark.getStyleClass().add("draft-mark");
            mark.setAccessibleText(Texts.get("chat.hasDraft"));
            row.getChildren().add(mark);
        }
        setText(null);
        setGraphic(row);
        setAccessibleText(title.getText() + ", " + detail.getText()
                + (unread > 0 ? ", " + Texts.get("chat.unread", unread) : "")
                + (drafted ? ", " + Texts.get("chat.hasDraftLower") : ""));
    }
}
