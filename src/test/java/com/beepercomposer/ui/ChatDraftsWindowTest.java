package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.sandbox.SandboxServer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Switching chats in the real window swaps the drafts; the picker marks chats with one. */
@ExtendWith(ApplicationExtension.class)
class ChatDraftsWindowTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void eachChatGetsItsOwnDraftBackAndIsMarkedInThePicker(FxRobot robot) throws Exception {
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("for Alice");

        openChatById(robot, SandboxServer.SHORT_TEXT_CHAT_ID);
        await(() -> editor.getText().isEmpty(), editor::getText);
        robot.clickOn("#editor").write("short one");

        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        await(() -> editor.getText().equals("for Alice"), editor::getText);

        robot.clickOn("#chatField").eraseText(20).write("Alice");
        await(() -> robot.lookup(".chat-results").tryQuery().map(list -> list.isVisible()
                && !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        await(() -> robot.lookup(".chat-results .draft-mark").tryQuery().isPresent());
        Node cell = robot.lookup(".chat-results .draft-mark").query();
        while (!(cell instanceof javafx.scene.control.ListCell<?>)) {
            cell = cell.getParent();
        }
        assertThat(cell.getAccessibleText()).contains("Alice").endsWith("has a draft");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlShiftSSavesTheDraftToBeeperAndSaysSo(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#editor").write("finish on the phone");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);

        Label status = robot.lookup("#beeperStatus").queryAs(Label.class);
        await(() -> status.getText().startsWith("Saved to Beeper"), status::getText);
        assertThat(client.chat(SandboxServer.DEFAULT_CHAT_ID).get().draft().text()).isEqualTo("finish on the phone");
    }
}
