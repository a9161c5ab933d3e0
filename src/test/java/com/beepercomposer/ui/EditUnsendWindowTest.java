package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.SeedData;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the real window: send, edit it from its history row with the keyboard, then unsend it. */
@ExtendWith(ApplicationExtension.class)
class EditUnsendWindowTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void editsThenUnsendsASentMessageFromItsHistoryRow(FxRobot robot) throws Exception {
        openChatById(robot, SeedData.BOB_CHAT_ID);
        robot.clickOn("#editor").write("Lunch at noon?");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        TableView<HistoryRow> table = history(robot);
        await(() -> !table.getItems().isEmpty() && table.getItems().get(0).record().state() == SendState.SENT,
                () -> table.getItems().toString());
        String finalID = table.getItems().get(0).record().finalMessageID();
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.clickOn("#editor").write("draft in progress");

        selectFirstRow(robot, table);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);

        Node banner = robot.lookup(".edit-banner").query();
        Button send = robot.lookup("#sendButton").queryButton();
        await(() -> banner.isVisible() && editor.getText().equals("Lunch at noon?"), editor::getText);
        assertThat(robot.lookup(".edit-banner-text").queryLabeled().getText())
                .isEqualTo("Editing message " + finalID + " in Bob Chen");
        assertThat(send.getText()).isEqualTo("Save edit");

        robot.interact(() -> editor.replaceText("Lunch at **one**?"));
        robot.clickOn(send);

        await(() -> table.getItems().get(0).record().edits().size() == 1, () -> table.getItems().toString());
        await(() -> !banner.isVisible() && editor.getText().equals("draft in progress"), editor::getText);
        assertThat(send.getText()).isEqualTo("Send");
        SendRecord edited = table.getItems().get(0).record();
        assertThat(edited.edits().get(0).text()).isEqualTo("Lunch at **one**?");
        assertThat(edited.edits().get(0).answerJson()).contains(finalID);
        assertThat(client.message(SeedData.BOB_CHAT_ID, finalID).get().text()).contains("one");

        selectFirstRow(robot, table);
        robot.press(KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT);
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains(finalID);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Unsend".equals(b.getText())).findFirst().orElseThrow());

        await(() -> table.getItems().get(0).record().state() == SendState.UNSENT, () -> table.getItems().toString());
        assertThat(table.getItems()).hasSize(1);
        Label notice = robot.lookup(".history-notice").queryAs(Label.class);
        await(() -> notice.getText().contains("Unsent row"), notice::getText);
        assertThat(client.listMessages(SeedData.BOB_CHAT_ID, null).get().items())
                .noneMatch(m -> m.id().equals(finalID));
    }

    @Test
    void theContextMenuSaysWhyEditAndUnsendAreOff(FxRobot robot) throws Exception {
        log.add(SendRecord.sending(java.time.Instant.now(), SeedData.BOB_CHAT_ID, "Bob Chen", "on its way", null,
                null, null, "{}").withConnection(com.beepercomposer.history.ConnectionRef.sandbox(
                        client.config().baseUri())));
        TableView<HistoryRow> table = history(robot);
        await(() -> table.getItems().size() == 1);
        selectFirstRow(robot, table);
        Node cell = robot.lookup(".history .table-row-cell").nth(0).query();
        // Headless Monocle turns a right click into no context-menu request, so the test makes the request itself.
        robot.interact(() -> {
            javafx.geometry.Bounds screen = cell.localToScreen(cell.getBoundsInLocal());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, screen.getMinX() + 10,
                    screen.getMinY() + 10, false, new javafx.scene.input.PickResult(cell, 10, 10)));
        });

        await(() -> robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Edit in composer (off: it has no final message ID yet)")));
        assertThat(robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Unsend… (off: it has no final message ID yet)");
        robot.type(KeyCode.ESCAPE);
    }

    private static void selectFirstRow(FxRobot robot, TableView<HistoryRow> table) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
    }
}
