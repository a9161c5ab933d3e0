package com.beepercomposer.ui;

import com.beepercomposer.api.Message;
import com.beepercomposer.compose.ReplyCandidates;
import com.beepercomposer.i18n.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A message in the reply selector: sender, one-line snippet, time, a clip when it has files. */
final class ReplyCell extends ListCell<Message> {
    private final DateTimeFormatter clock = DateTimeFormatter.ofPattern(Texts.get("reply.timePattern"), Texts.locale())
            .withZone(ZoneId.systemDefault());

    @Override
    protected void updateItem(Message message, boolean empty) {
        super.updateItem(message, empty);
        if (empty || message == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        Label sender = new Label(ReplyCandidates.sender(message));
        sender.getStyleClass().add("reply-sender");
        Instant at = message.timestampInstant();
        Label time = new Label(at == null ? "" : clock.format(at));
        time.getStyleClass().add("reply-time");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, sender, spacer, time);
        Label snippet = new Label(ReplyCandidates.snippet(message));
        snippet.getStyleClass().add("reply-snippet");
        if (!message.attachments().isEmpty()) {
            snippet.setGraphic(new FontIcon(Feather.PAPERCLIP));
        }
        setText(null);
        setGraphic(new VBox(2, top, snippet));
        setAccessibleText(sender.getText() + ": " + snippet.getText() + ", " + time.getText());
    }
}
