package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.api.Message;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.PngFiles;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A generated image dragged onto the composer, its type overridden, sent, and seen in the history. */
@ExtendWith(ApplicationExtension.class)
class AttachmentWindowTest extends SandboxWindowTestBase {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Label dragSource(FxRobot robot, Path file) {
        return FileDrags.source(robot, List.of(file));
    }

    @Test
    void dropAnImageOverrideItsTypeSendAndSeeTheRow(FxRobot robot) throws Exception {
        Path image = PngFiles.solid(dir, "generated.png", 64, 64, 0xFF3366CC);
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);

        robot.drag(dragSource(robot, image)).dropTo("#editor");

        Label detected = robot.lookup(".attachment-detected").queryAs(Label.class);
        await(() -> detected.getText().contains("image/png"));
        assertThat(detected.getText()).contains("64\u00d764");
        robot.clickOn(".attachment .titled-pane > .title");
        @SuppressWarnings("unchecked")
        ComboBox<AttachmentType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(AttachmentType.STICKER));
        robot.clickOn("#widthField").write("512");
        await(() -> robot.lookup("#sendReason").queryLabeled().getText().contains("height"));
        robot.clickOn("#heightField").write("512");
        await(() -> !robot.lookup("#sendButton").queryButton().isDisabled());

        robot.clickOn("#sendButton");

        var table = history(robot);
        await(() -> !table.getItems().isEmpty() && table.getItems().get(0).record().state() == SendState.SENT);
        SendRecord row = table.getItems().get(0).record();
        assertThat(row.attachmentName()).isEqualTo("generated.png");
        assertThat(row.requestJson()).contains("\"type\":\"sticker\"").contains("\"size\":{\"width\":512,\"height\":512}");
        Message sent = client.message(row.routedChatID(), row.finalMessageID()).get(10, TimeUnit.SECONDS);
        assertThat(sent.type()).isEqualTo("STICKER");
        assertThat(sent.attachments().get(0).isSticker()).isTrue();
        assertThat(robot.lookup(".attachment-file").queryLabeled().getText()).isEmpty();
    }

    @Test
    void aSecondFileAsksBeforeReplacingTheFirst(FxRobot robot) throws Exception {
        Path first = Files.write(dir.resolve("first.txt"), "one".getBytes());
        Path second = Files.write(dir.resolve("second.txt"), "two".getBytes());
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        Label source = dragSource(robot, first);
        robot.drag(source).dropTo("#editor");
        Label detected = robot.lookup(".attachment-detected").queryAs(Label.class);
        await(() -> detected.getText().startsWith("Server detected: first.txt"));

        robot.interact(() -> robot.lookup(".composer").queryAs(VBox.class).getChildren().remove(source));
        Label again = dragSource(robot, second);
        robot.drag(again).dropTo("#editor");
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("Replace first.txt (").endsWith(" with second.txt?");
        robot.clickOn(DialogButtons.named(robot, "Cancel"));
        await(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(robot.lookup(".attachment-file").queryLabeled().getText()).startsWith("first.txt");

        robot.drag(again).dropTo("#editor");
        await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(DialogButtons.named(robot, "Replace"));

        await(() -> detected.getText().startsWith("Server detected: second.txt"), detected::getText);
    }
}
