package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.sandbox.SandboxServer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The composer without a mouse: Ctrl+K, arrows, Enter, Esc; and a pasted image. */
@ExtendWith(ApplicationExtension.class)
class ComposerKeyboardTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void ctrlKArrowsEnterAndEscape(FxRobot robot) throws Exception {
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        TextField chatField = robot.lookup("#chatField").queryAs(TextField.class);
        await(chatField::isFocused);

        robot.write("a");
        await(() -> robot.lookup(".chat-results").tryQuery().map(Node::isVisible).orElse(false));
        ListView<?> results = robot.lookup(".chat-results").queryAs(ListView.class);
        await(() -> results.getItems().size() > 1);
        robot.type(KeyCode.ESCAPE);
        await(() -> !results.isVisible() || results.getScene().getWindow().isShowing() == false);

        robot.type(KeyCode.DOWN);
        await(() -> results.getScene().getWindow().isShowing());
        robot.type(KeyCode.DOWN);
        Object second = results.getSelectionModel().getSelectedItem();
        assertThat(results.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        await(() -> !robot.lookup(".chat-info").queryLabeled().getText().isEmpty());
        assertThat(chatField.getText()).isEqualTo(((com.beepercomposer.api.Chat) second).title());
    }

    /** Alt and the label's underlined letter: "_Chat" to the chat field, "_Reply to" to the reply button. */
    @Test
    void altAndALabelsLetterFocusItsControl(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        Node reply = robot.lookup("#replyButton").query();
        await(() -> !reply.isDisabled());
        Node toggle = robot.lookup("#previewToggle").query();
        robot.interact(toggle::requestFocus);
        await(toggle::isFocused);

        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        await(robot.lookup("#chatField").query()::isFocused);

        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        await(reply::isFocused);
    }

    @Test
    void escapeInTheEditorDropsTheReply(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#replyButton").write("pasted-message-id").type(KeyCode.ENTER);
        await(() -> robot.lookup("#replyStrip").query().isVisible());
        assertThat(robot.lookup(".reply-strip-text").queryAs(Label.class).getText())
                .isEqualTo("Replying to message pasted-message-id");

        robot.clickOn("#editor").type(KeyCode.ESCAPE);

        await(() -> !robot.lookup("#replyStrip").query().isVisible());
    }

    @Test
    void aPastedImageBecomesAPngAttachment(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.interact(() -> {
            WritableImage image = new WritableImage(40, 30);
            for (int x = 0; x < 40; x++) {
                for (int y = 0; y < 30; y++) {
                    image.getPixelWriter().setColor(x, y, Color.CORNFLOWERBLUE);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn("#editor").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        Label detected = robot.lookup(".attachment-detected").queryAs(Label.class);
        await(() -> detected.getText().contains("image/png"));
        assertThat(detected.getText()).contains("40\u00d730");
        assertThat(robot.lookup(".attachment-file").queryLabeled().getText()).startsWith("pasted-image-");
        assertThat(robot.lookup("#sendButton").queryButton().isDisabled()).isFalse();
    }
}
