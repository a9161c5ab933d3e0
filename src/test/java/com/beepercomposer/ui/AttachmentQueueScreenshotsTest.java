package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.history.SendState;
import com.beepercomposer.i18n.Language;
import com.beepercomposer.sandbox.PngFiles;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** How the attachment queue and a folded group look, in both themes, under target/screenshots/. */
@ExtendWith(ApplicationExtension.class)
class AttachmentQueueScreenshotsTest extends SandboxWindowTestBase {
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startWindow(stage);
    }

    @Test
    void queueAndGroupInBothThemes(FxRobot robot) throws Exception {
        queueAndGroup(robot, "", " of ", "3 sent");
    }

    /** The same in the German window (chosen from View > Language), its texts whole. */
    @Test
    void germanQueueAndGroupInBothThemes(FxRobot robot) throws Exception {
        Languages.allowChoice();
        try {
            Languages.choose(robot, Language.GERMAN);
            await(() -> "Senden".equals(robot.lookup("#sendButton").queryButton().getText()));
            queueAndGroup(robot, "de-", " von ", "3 gesendet");
            assertThat(robot.lookup("#textWithFirst").queryAs(RadioButton.class).getText()).isEqualTo("der ersten Datei");
            assertThat(robot.lookup(".group-head").queryAs(TableCell.class).getText())
                    .isEqualTo("\u25be 3 Dateien \u00b7 3 gesendet");
            assertThat(history(robot).getColumns().get(0).getText()).isEqualTo("Gruppe");
        } finally {
            Languages.reset();
        }
    }

    /**
     * Four files dropped (one empty, so refused) while uploads crawl, then uploaded, then sent as a group.
     *
     * @param of   how the progress text joins done and total ("1 MB of 4 MB")
     * @param sent how the group's line counts the sent rows
     */
    private void queueAndGroup(FxRobot robot, String prefix, String of, String sent) throws Exception {
        Files.createDirectories(Screenshots.DIR);
        Path photo = PngFiles.solid(dir, "holiday-photo.png", 32, 32, 0xFF2266AA);
        Path notes = Files.write(dir.resolve("meeting-notes.txt"), "notes".getBytes());
        Path big = Files.write(dir.resolve("recording.bin"), new byte[4 * 1024 * 1024]);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        sandbox.faults().latency(Duration.ofSeconds(30));
        FileDrags.dropOnEditor(robot, List.of(photo, notes, big, empty));
        await(() -> robot.lookup(".queue-line").queryAll().size() == 4);
        robot.clickOn("#editor").write("Files from today");
        await(() -> robot.lookup(".queue-state").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(of)));
        Screenshots.inBothThemes(robot, stage.getScene().getRoot(), prefix + "queue-1-uploading");

        sandbox.faults().latency(Duration.ZERO);
        robot.interact(() -> robot.lookup(".queue-cancel").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(javafx.scene.Node::isVisible).forEach(javafx.scene.control.Button::fire));
        // A cancel lands when the request has stopped: retry only once no file is still on its way.
        await(() -> robot.lookup(".queue-line").queryAllAs(javafx.scene.layout.HBox.class).stream()
                .noneMatch(l -> ((QueuedFile) l.getUserData()).stage() == QueuedFile.Stage.UPLOADING));
        robot.interact(() -> robot.lookup(".queue-retry").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.isVisible() && !b.getAccessibleText().contains("empty"))
                .forEach(javafx.scene.control.Button::fire));
        await(() -> robot.lookup(".queue-line").queryAllAs(javafx.scene.layout.HBox.class).stream()
                .map(l -> ((QueuedFile) l.getUserData()).stage())
                .filter(s -> s == QueuedFile.Stage.UPLOADED).count() == 3);
        Screenshots.inBothThemes(robot, stage.getScene().getRoot(), prefix + "queue-2-uploaded-one-refused");

        robot.interact(() -> robot.lookup(".queue-remove").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getAccessibleText().contains("empty")).forEach(javafx.scene.control.Button::fire));
        await(() -> !robot.lookup("#sendButton").queryButton().isDisabled());
        robot.clickOn("#sendButton");
        await(() -> log.all().size() == 3 && log.all().stream().allMatch(r -> r.state() == SendState.SENT));
        await(() -> robot.lookup(".group-head").tryQuery().map(n -> ((TableCell<?, ?>) n).getText())
                .orElse("").contains(sent));
        robot.clickOn(robot.lookup(".group-head").queryAs(TableCell.class));
        await(() -> history(robot).getItems().size() == 3);
        Screenshots.inBothThemes(robot, stage.getScene().getRoot(), prefix + "queue-3-history-group");
    }
}
