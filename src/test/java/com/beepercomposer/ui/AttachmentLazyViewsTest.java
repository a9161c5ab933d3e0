package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.AttachmentOverrides;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window starts without the overrides form and the attachment queue; each is built where it
 * always was the first time a file needs it, bound to the attachment both ways.
 */
@ExtendWith(ApplicationExtension.class)
class AttachmentLazyViewsTest extends SandboxWindowTestBase {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void dropFiles(FxRobot robot, List<Path> files) {
        FileDrags.dropOnEditor(robot, files);
    }

    private static AttachmentOverrides keptOverrides(MainWindow window) {
        return window.currentDraft().current().attachment().overrides();
    }

    @Test
    void theOverridesFormIsBuiltForTheFirstAttachmentAndFollowsIt(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#overridesPane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#widthField").tryQuery()).isEmpty();
        Path first = Files.write(dir.resolve("first.txt"), "one".getBytes());
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);

        dropFiles(robot, List.of(first));

        await(() -> robot.lookup("#overridesPane").tryQuery().map(Node::isVisible).orElse(false));
        TitledPane pane = robot.lookup("#overridesPane").queryAs(TitledPane.class);
        VBox row = robot.lookup("#attachmentRoot").queryAs(VBox.class);
        // Where the row's FXML had it: after the file line, before the send error.
        assertThat(row.getChildren().indexOf(pane)).isEqualTo(row.getChildren().size() - 2);
        assertThat(row.getChildren().get(row.getChildren().size() - 1).getId()).isEqualTo("sendError");
        assertThat(pane.getText()).isEqualTo("Overrides (sent only when set)");
        assertThat(robot.lookup("#widthField").queryAs(TextField.class).getAccessibleText()).isNotBlank();

        robot.clickOn(".attachment .titled-pane > .title");
        robot.clickOn("#widthField").write("wide");
        TextField width = robot.lookup("#widthField").queryAs(TextField.class);
        await(() -> width.getStyleClass().contains("danger"));
        assertThat(keptOverrides(window).width()).isEqualTo("wide");
        robot.clickOn("#fileNameField").write("renamed.txt");
        await(() -> "renamed.txt".equals(keptOverrides(window).fileName()));

        robot.clickOn("#removeButton");
        await(() -> !pane.isVisible());
        Path second = Files.write(dir.resolve("second.txt"), "two".getBytes());
        dropFiles(robot, List.of(second));

        await(pane::isVisible);
        // The same form, emptied by the model for the new file.
        assertThat(robot.lookup("#overridesPane").queryAll()).hasSize(1);
        assertThat(width.getText()).isEmpty();
        assertThat(width.getStyleClass()).doesNotContain("danger");
        assertThat(robot.lookup("#fileNameField").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void theQueueIsBuiltForTheFirstQueuedFiles(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".attachment-queue").tryQuery()).isEmpty();
        Path one = Files.write(dir.resolve("one.txt"), "one".getBytes());
        Path two = Files.write(dir.resolve("two.txt"), "two".getBytes());
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);

        dropFiles(robot, List.of(one, two));

        await(() -> robot.lookup(".queue-line").queryAll().size() == 2);
        VBox queue = robot.lookup(".attachment-queue").queryAs(VBox.class);
        assertThat(queue.isVisible()).isTrue();
        assertThat(queue.getAccessibleText()).isNotBlank();
        VBox row = robot.lookup("#attachmentRoot").queryAs(VBox.class);
        assertThat(row.getChildren().indexOf(queue)).isEqualTo(1);
        assertThat(robot.lookup("#textWithFirst").queryAs(RadioButton.class).isSelected()).isTrue();
        await(() -> robot.lookup(".queue-summary").queryLabeled().getText().startsWith("2 files"),
                () -> robot.lookup(".queue-summary").queryLabeled().getText());

        robot.interact(() -> robot.lookup(".queue-remove").queryAllAs(javafx.scene.control.Button.class)
                .forEach(javafx.scene.control.Button::fire));
        await(() -> !queue.isVisible());
        assertThat(robot.lookup(".attachment-queue").queryAll()).hasSize(1);
    }
}
