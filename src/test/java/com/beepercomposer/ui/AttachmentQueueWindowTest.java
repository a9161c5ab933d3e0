package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.Message;
import com.beepercomposer.history.SendGroup;
import com.beepercomposer.history.SendRecord;
import com.beepercomposer.history.SendState;
import com.beepercomposer.sandbox.PngFiles;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Several files dropped at once: every one checked before any upload, uploaded one at a time with
 * its own line, cancelled, retried, sent one message each, and folded into one group in the history.
 */
@ExtendWith(ApplicationExtension.class)
class AttachmentQueueWindowTest extends SandboxWindowTestBase {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void dropFiles(FxRobot robot, List<Path> files) {
        FileDrags.dropOnEditor(robot, files);
    }

    private static List<HBox> lines(FxRobot robot) {
        return robot.lookup(".queue-line").queryAllAs(HBox.class).stream()
                .sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).toList();
    }

    private static HBox line(FxRobot robot, String name) {
        return lines(robot).stream().filter(l -> ((QueuedFile) l.getUserData()).name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + name));
    }

    private static QueuedFile.Stage stage(FxRobot robot, String name) {
        return ((QueuedFile) line(robot, name).getUserData()).stage();
    }

    private static String state(FxRobot robot, String name) {
        return ((Label) line(robot, name).lookup(".queue-state")).getText();
    }

    private static Button button(FxRobot robot, String name, String styleClass) {
        return (Button) line(robot, name).lookup("." + styleClass);
    }

    private Path png(String name) throws Exception {
        return PngFiles.solid(dir, name, 32, 32, 0xFF22AA66);
    }

    @Test
    void severalFilesQueueCancelRetrySendAndFoldIntoOneGroup(FxRobot robot) throws Exception {
        Path one = png("one.png");
        Path two = Files.write(dir.resolve("two.txt"), "second file".getBytes());
        Path three = Files.write(dir.resolve("three.txt"), "third file".getBytes());
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        // Each upload's answer is held back, so a line can be seen, and cancelled, mid-upload.
        sandbox.faults().latency(Duration.ofSeconds(2));

        dropFiles(robot, List.of(one, two, three, empty));

        await(() -> lines(robot).size() == 4 && stage(robot, "one.png") == QueuedFile.Stage.UPLOADING);
        // Every file was checked before the first upload: the empty one is refused on its own line.
        assertThat(stage(robot, "empty.txt")).isEqualTo(QueuedFile.Stage.REFUSED);
        assertThat(state(robot, "empty.txt")).isEqualTo("The file is empty: empty.txt");
        assertThat(stage(robot, "two.txt")).isEqualTo(QueuedFile.Stage.WAITING);
        assertThat(stage(robot, "three.txt")).isEqualTo(QueuedFile.Stage.WAITING);
        assertThat(lines(robot).stream().map(l -> ((QueuedFile) l.getUserData()).name()).toList())
                .containsExactly("one.png", "two.txt", "three.txt", "empty.txt");
        assertThat(robot.lookup("#sendButton").queryButton().isDisabled()).isTrue();

        robot.clickOn(button(robot, "one.png", "queue-cancel"));
        await(() -> stage(robot, "one.png") == QueuedFile.Stage.FAILED);
        assertThat(state(robot, "one.png")).isEqualTo("Upload cancelled");
        sandbox.faults().latency(Duration.ZERO);
        await(() -> stage(robot, "two.txt") == QueuedFile.Stage.UPLOADED
                && stage(robot, "three.txt") == QueuedFile.Stage.UPLOADED, () -> state(robot, "three.txt"));

        robot.clickOn(button(robot, "one.png", "queue-retry"));
        await(() -> stage(robot, "one.png") == QueuedFile.Stage.UPLOADED);
        assertThat(robot.lookup("#sendReason").queryLabeled().getText())
                .isEqualTo("Remove the refused file empty.txt: The file is empty: empty.txt");
        robot.clickOn(button(robot, "empty.txt", "queue-remove"));
        await(() -> lines(robot).size() == 3);

        robot.clickOn("#textWithEach");
        robot.clickOn("#editor").write("for every file");
        await(() -> !robot.lookup("#sendButton").queryButton().isDisabled());
        robot.clickOn("#sendButton");

        await(() -> lines(robot).isEmpty());
        var table = history(robot);
        await(() -> log.all().size() == 3 && log.all().stream().allMatch(r -> r.state() == SendState.SENT));
        List<SendRecord> rows = log.all().stream().sorted(Comparator.comparingLong(SendRecord::id)).toList();
        String groupId = rows.get(0).group().id();
        List<String> names = List.of("one.png", "two.txt", "three.txt");
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).group()).isEqualTo(new SendGroup(groupId, SendGroup.Kind.FILES, i, 3, names.get(i)));
            assertThat(rows.get(i).attachmentName()).isEqualTo(names.get(i));
            // On the wire: the sandbox received each message with the text.
            Message received = client.message(rows.get(i).routedChatID(), rows.get(i).finalMessageID())
                    .get(10, TimeUnit.SECONDS);
            assertThat(received.text()).isEqualTo("for every file");
            assertThat(received.attachments()).hasSize(1);
        }
        assertThat(robot.lookup("#editor").queryAs(Node.class)).isNotNull();
        await(() -> robot.lookup(".composer").queryAs(VBox.class) != null
                && composerText(robot).isEmpty());

        // Folded: one line for the group, saying how its rows stand.
        await(() -> table.getItems().size() == 1 && headText(robot).equals("\u25b8 3 files \u00b7 3 sent"),
                () -> table.getItems().size() + " rows, head " + headText(robot));
        robot.clickOn(robot.lookup(".group-head").queryAs(TableCell.class));
        await(() -> table.getItems().size() == 3);
        // The cells take their rows at the next pulse.
        await(() -> headText(robot).startsWith("\u25be 3 files") && memberTexts(robot).size() == 2);
        assertThat(headText(robot)).startsWith("\u25be 3 files");
        assertThat(memberTexts(robot)).containsExactly("\u2514 1 of 3", "\u2514 2 of 3");
        // The keyboard folds it again: Left on a row of the group.
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(2);
        });
        robot.type(KeyCode.LEFT);
        await(() -> table.getItems().size() == 1);
        robot.type(KeyCode.RIGHT);
        await(() -> table.getItems().size() == 3);
    }

    @Test
    void theTextGoesWithTheFirstFileOnlyByDefault(FxRobot robot) throws Exception {
        Path a = Files.write(dir.resolve("a.txt"), "a".getBytes());
        Path b = Files.write(dir.resolve("b.txt"), "b".getBytes());
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        dropFiles(robot, List.of(a, b));
        await(() -> lines(robot).size() == 2 && stage(robot, "a.txt") == QueuedFile.Stage.UPLOADED
                && stage(robot, "b.txt") == QueuedFile.Stage.UPLOADED);
        robot.clickOn("#editor").write("only once");
        await(() -> !robot.lookup("#sendButton").queryButton().isDisabled());
        robot.clickOn("#sendButton");

        await(() -> log.all().size() == 2 && log.all().stream().allMatch(r -> r.state() == SendState.SENT));
        List<SendRecord> rows = log.all().stream().sorted(Comparator.comparingLong(SendRecord::id)).toList();
        Message first = client.message(rows.get(0).routedChatID(), rows.get(0).finalMessageID()).get(10, TimeUnit.SECONDS);
        Message second = client.message(rows.get(1).routedChatID(), rows.get(1).finalMessageID()).get(10, TimeUnit.SECONDS);
        assertThat(first.text()).isEqualTo("only once");
        assertThat(second.text()).isNullOrEmpty();
        assertThat(rows.get(0).requestJson()).contains("\"text\":\"only once\"");
        assertThat(rows.get(1).requestJson()).doesNotContain("\"text\"");
        assertThat(rows.get(0).group().id()).isEqualTo(rows.get(1).group().id());
    }

    @Test
    void pastingSeveralCopiedFilesQueuesThemAll(FxRobot robot) throws Exception {
        Path a = Files.write(dir.resolve("pasted-a.txt"), "a".getBytes());
        Path b = Files.write(dir.resolve("pasted-b.txt"), "b".getBytes());
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(a.toFile(), b.toFile()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#editor");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        await(() -> lines(robot).size() == 2 && stage(robot, "pasted-a.txt") == QueuedFile.Stage.UPLOADED
                && stage(robot, "pasted-b.txt") == QueuedFile.Stage.UPLOADED);
        assertThat(robot.lookup(".queue-summary").queryLabeled().getText())
                .isEqualTo("2 files, 2 uploaded: one message each");
    }

    @Test
    void whatTheChatDoesNotTakeIsRefusedOnItsLineAndNeverUploaded(FxRobot robot) throws Exception {
        Path text = Files.write(dir.resolve("notes.txt"), "not an image".getBytes());
        Path image = png("picture.png");
        openChatById(robot, SandboxServer.IMAGES_ONLY_CHAT_ID);

        dropFiles(robot, List.of(text, image));

        await(() -> lines(robot).size() == 2 && stage(robot, "picture.png") == QueuedFile.Stage.UPLOADED);
        assertThat(stage(robot, "notes.txt")).isEqualTo(QueuedFile.Stage.REFUSED);
        assertThat(state(robot, "notes.txt")).isEqualTo("#design-reviews does not take files");
        assertThat(((QueuedFile) line(robot, "notes.txt").getUserData()).uploadResult()).isNull();
        assertThat(robot.lookup("#sendReason").queryLabeled().getText())
                .startsWith("Remove the refused file notes.txt");
    }

    private static String composerText(FxRobot robot) {
        return robot.lookup("#editor").tryQuery().map(n -> n instanceof javafx.scene.control.TextInputControl t
                ? t.getText() : n instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area ? area.getText()
                : "").orElse("");
    }

    private static String headText(FxRobot robot) {
        return robot.lookup(".group-head").tryQuery().map(n -> ((TableCell<?, ?>) n).getText()).orElse("");
    }

    private static List<String> memberTexts(FxRobot robot) {
        return robot.lookup(".group-member").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).sorted().toList();
    }
}
