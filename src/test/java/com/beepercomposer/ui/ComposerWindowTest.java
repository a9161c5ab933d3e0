package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.FaultKnobs;
import com.beepercomposer.sandbox.SandboxServer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

/** The composer driven through the real window against the sandbox. */
@ExtendWith(ApplicationExtension.class)
class ComposerWindowTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void searchPickWritePreviewReplyAndSendWithCtrlEnter(FxRobot robot) throws Exception {
        pickChat(robot, "Alice");
        assertThat(robot.lookup("#chatField").queryTextInputControl().getText()).isEqualTo("Alice Martin");
        assertThat(robot.lookup(".chat-info").queryLabeled().getText()).contains("WhatsApp");

        robot.clickOn("#editor").write("**Hello** there");
        await(() -> robot.lookup("#preview .md-bold").queryAll().stream()
                .anyMatch(n -> n instanceof Text t && t.getText().equals("Hello")));

        robot.clickOn("#replyButton");
        ListView<?> candidates = robot.lookup(".reply-candidates").queryAs(ListView.class);
        await(() -> !candidates.getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        Label strip = robot.lookup(".reply-strip-text").queryAs(Label.class);
        await(() -> strip.getText().startsWith("Replying to "));

        robot.clickOn("#editor").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        var table = history(robot);
        await(() -> table.getItems().size() == 1 && table.getItems().get(0).record().pendingMessageID() != null);
        var row = table.getItems().get(0).record();
        assertThat(row.text()).isEqualTo("**Hello** there");
        assertThat(row.replyToMessageID()).isNotBlank();
        await(() -> robot.lookup("#editor").queryAs(CodeArea.class).getText().isEmpty());
        await(() -> !robot.lookup("#replyStrip").query().isVisible());
        assertThat(strip.getText()).isEmpty();
        await(() -> table.getItems().get(0).record().state() == SendState.SENT);
        assertThat(table.getItems().get(0).record().finalMessageID()).isNotBlank()
                .isNotEqualTo(row.pendingMessageID());
    }

    @Test
    void aPastedLocalChatIdOpensTheChatAndAnUnknownIdSaysSo(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_LOCAL_CHAT_ID);
        assertThat(robot.lookup("#chatField").queryTextInputControl().getText()).isEqualTo("Alice Martin");

        robot.clickOn("#chatField");
        robot.interact(() -> robot.lookup("#chatField").queryTextInputControl().setText("!nope:beeper.com"));
        robot.type(KeyCode.ENTER);
        Label error = robot.lookup("#chatError").queryAs(Label.class);
        await(() -> error.getText().contains("No chat has the ID"));
    }

    @Test
    void aReadOnlyChatKeepsTheDraftAndSaysWhy(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.READ_ONLY_CHAT_ID);
        robot.clickOn("#editor").write("Will this go?");

        Button send = robot.lookup("#sendButton").queryButton();
        await(() -> send.isDisabled());
        assertThat(robot.lookup("#sendReason").queryLabeled().getText()).isEqualTo("This chat is read-only");
        assertThat(robot.lookup("#editor").queryAs(CodeArea.class).getText()).isEqualTo("Will this go?");
    }

    @Test
    void aServerRefusalShowsTheReasonAndKeepsTheDraft(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("Draft to keep");
        sandbox.faults().errorRate(FaultKnobs.SEND_ROUTE, 1.0, 503);

        robot.clickOn("#sendButton");

        Label status = robot.lookup("#sendStatus").queryAs(Label.class);
        await(() -> status.getText().startsWith("Not sent"), status::getText);
        assertThat(status.getStyleClass()).contains("error");
        assertThat(robot.lookup("#editor").queryAs(CodeArea.class).getText()).isEqualTo("Draft to keep");
        await(() -> history(robot).getItems().size() == 1
                && history(robot).getItems().get(0).record().state() == SendState.REJECTED);
    }

    @Test
    void anUnknownReplyTargetIsShownNextToTheReplyField(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("Replying to nothing");
        robot.clickOn("#replyButton");
        robot.write("no-such-message").type(KeyCode.ENTER);
        robot.clickOn("#sendButton");

        Label replyError = robot.lookup("#replyError").queryAs(Label.class);
        await(() -> !replyError.getText().isEmpty());
        assertThat(robot.lookup("#editor").queryAs(CodeArea.class).getText()).isEqualTo("Replying to nothing");
    }

    @Test
    void overLongTextInTheShortChatDisablesSendWithTheReason(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.SHORT_TEXT_CHAT_ID);
        robot.clickOn("#editor").write("x".repeat(161));

        Button send = robot.lookup("#sendButton").queryButton();
        Label counter = robot.lookup("#counterLabel").queryAs(Label.class);
        await(() -> counter.getText().equals("161 / 160"));
        assertThat(send.isDisabled()).isTrue();
        assertThat(robot.lookup("#sendReason").queryLabeled().getText()).isEqualTo("Too long: 161 of 160 characters");
        assertThat(counter.getStyleClass()).contains("over-limit");

        robot.type(KeyCode.BACK_SPACE);
        await(() -> !send.isDisabled());
    }

    @Test
    void replyIsDisabledWithTheReasonWhereTheChatRejectsReplies(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.REPLIES_REJECTED_CHAT_ID);

        assertThat(robot.lookup("#replyButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#replyRefusal").queryLabeled().getText()).isEqualTo("This chat rejects replies");
    }

    @Test
    void theRequestPreviewShowsTheRequestTheClientWouldMake(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("Preview me");

        robot.clickOn("#requestPreviewButton");

        await(() -> robot.lookup(".request-preview").tryQuery().isPresent());
        String shown = robot.lookup(".request-preview").queryTextInputControl().getText();
        String line = client.describeSend(SandboxServer.DEFAULT_CHAT_ID,
                com.beepercomposer.api.SendMessage.text("Preview me")).line();
        assertThat(shown).startsWith(line + "\n\n").contains("\"text\" : \"Preview me\"");
        assertThat(line).startsWith("POST /v1/chats/").endsWith("/messages");
        robot.type(KeyCode.ESCAPE);
    }
}
