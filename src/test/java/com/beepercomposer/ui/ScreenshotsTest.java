package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.i18n.Language;
import com.beepercomposer.sandbox.SandboxServer;
import java.nio.file.Files;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;

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

/**
 * A record of how the window looks: its main states, each in the light and the dark theme, as
 * PNGs under target/screenshots/ for a person to look at, and the German window's first two.
 * The sandbox's token never shows.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest extends SandboxWindowTestBase {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startWindow(stage);
    }

    @Test
    void mainStatesInBothThemes(FxRobot robot) throws Exception {
        Files.createDirectories(Screenshots.DIR);
        Screenshots.inBothThemes(robot, stage.getScene().getRoot(), "1-empty");

        compose(robot);
        Screenshots.inBothThemes(robot, stage.getScene().getRoot(), "2-composing");

        sendAndShowDetails(robot);
        Screenshots.inBothThemes(robot, stage.getScene().getRoot(), "3-history-details");

        try (var files = Files.list(Screenshots.DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .contains("1-empty-light.png", "1-empty-dark.png", "2-composing-light.png", "2-composing-dark.png",
                            "3-history-details-light.png", "3-history-details-dark.png");
        }
    }

    /** The German window (chosen from View > Language): empty, composing and history, in both themes. */
    @Test
    void germanStatesInBothThemes(FxRobot robot) throws Exception {
        Files.createDirectories(Screenshots.DIR);
        Languages.allowChoice();
        try {
            Languages.choose(robot, Language.GERMAN);
            await(() -> "Senden".equals(robot.lookup("#sendButton").queryAs(Button.class).getText()));
            Screenshots.inBothThemes(robot, stage.getScene().getRoot(), "de-1-empty");
            compose(robot);
            Screenshots.inBothThemes(robot, stage.getScene().getRoot(), "de-2-composing");
            sendAndShowDetails(robot);
            Screenshots.inBothThemes(robot, stage.getScene().getRoot(), "de-3-history-details");
        } finally {
            Languages.reset();
        }
        try (var files = Files.list(Screenshots.DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .contains("de-1-empty-light.png", "de-1-empty-dark.png", "de-2-composing-light.png",
                            "de-2-composing-dark.png", "de-3-history-details-light.png",
                            "de-3-history-details-dark.png");
        }
    }

    /** Sends the draft and shows the newest row's details once its final message is in. */
    private void sendAndShowDetails(FxRobot robot) throws Exception {
        robot.clickOn("#sendButton");
        TableView<HistoryRow> history = history(robot);
        await(() -> !history.getItems().isEmpty() && history.getItems().get(0).record().finalMessageID() != null);
        robot.interact(() -> history.getSelectionModel().select(0));
        await(() -> !robot.lookup("#finalArea").queryAs(org.fxmisc.richtext.CodeArea.class).getText().isEmpty());
    }

    /** A chat, a reply, Markdown text and a pasted image, uploaded. */
    private void compose(FxRobot robot) throws Exception {
        openChatById(robot, SandboxServer.DEFAULT_CHAT_ID);
        robot.clickOn("#replyButton");
        await(() -> robot.lookup(".reply-popup .list-view").tryQuery()
                .map(list -> !((javafx.scene.control.ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await(() -> robot.lookup("#replyStrip").query().isVisible());
        robot.interact(() -> {
            WritableImage image = new WritableImage(64, 48);
            for (int x = 0; x < 64; x++) {
                for (int y = 0; y < 48; y++) {
                    image.getPixelWriter().setColor(x, y, Color.hsb(x * 5, 0.6, 0.9));
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#editor").write("**Hello** from the _composer_ \uD83D\uDC4D\n- one item\nanother");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        await(() -> robot.lookup(".attachment-detected").queryLabeled().getText().contains("image/png"));
    }
}
