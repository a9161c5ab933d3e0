package com.beepercomposer.ui;

import static com.beepercomposer.ui.ViewParts.described;
import static com.beepercomposer.ui.ViewParts.growing;
import static com.beepercomposer.ui.ViewParts.named;
import static com.beepercomposer.ui.ViewParts.row;
import static com.beepercomposer.ui.ViewParts.styled;

import com.beepercomposer.i18n.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** The composer's top rows: the chat field with what it found, and the reply button, each with its error below. */
final class ComposerFields {
    final TextField chatField = described(named(new TextField(), "chatField", "chat-field"),
            Texts.get("composer.chatField.accessibleText"));
    final Label chatInfo = named(new Label(), "chatInfo", "chat-info");
    final Label chatError = named(new Label(), "chatError", "field-error");
    final Button replyButton = described(named(new Button(Texts.get("composer.replyButton")), "replyButton",
            "reply-button"), Texts.get("composer.replyButton.accessibleText"));
    final StackPane replyButtonHolder = named(new StackPane(replyButton), "replyButtonHolder");
    final Label replyRefusal = named(new Label(), "replyRefusal", "hint");
    final Label replyError = named(new Label(), "replyError", "field-error");
    final GridPane grid = styled(new GridPane(), "composer-fields");

    ComposerFields() {
        chatField.setPromptText(Texts.get("composer.chatField.promptText"));
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(70);
        labels.setPrefWidth(70);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.add(label(Texts.get("composer.chat"), chatField), 0, 0);
        grid.add(row(10, growing(chatField), chatInfo), 1, 0);
        grid.add(chatError, 1, 1);
        grid.add(label(Texts.get("composer.replyTo"), replyButton), 0, 2);
        grid.add(row(10, replyButtonHolder, replyRefusal), 1, 2);
        grid.add(replyError, 1, 3);
    }

    /** Alt and the underlined letter takes the focus to {@code field}. */
    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
