package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.api.AttachmentType;
import com.beepercomposer.compose.AttachmentAppearance;
import com.beepercomposer.sandbox.PngFiles;
import com.beepercomposer.sandbox.SeedData;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the real window, the preview follows the chat's formatting and shows the attachment as it will arrive. */
@ExtendWith(ApplicationExtension.class)
class PreviewWindowTest extends SandboxWindowTestBase {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private static String previewText(FxRobot robot) {
        return String.join("", robot.lookup(".md-preview .md-text").queryAllAs(Text.class).stream()
                .map(Text::getText).toList());
    }

    @Test
    void smsShowsStrikethroughAsTypedWithAHintAndTelegramRendersIt(FxRobot robot) throws Exception {
        openChatById(robot, SeedData.SHORT_TEXT_CHAT_ID);
        robot.clickOn("#editor").write("~~gone~~ now");
        Label hint = robot.lookup(".formatting-hint").queryAs(Label.class);

        await(() -> previewText(robot).equals("~~gone~~ now"), () -> previewText(robot));
        await(() -> hint.getText().equals("This iMessage chat shows ~~ as typed"), hint::getText);
        assertThat(hint.isVisible()).isTrue();

        // Each chat has its own draft: the same text, typed in a chat whose network renders it.
        openChatById(robot, SeedData.BOB_CHAT_ID);
        robot.clickOn("#editor").write("~~gone~~ now");
        await(() -> previewText(robot).equals("gone now"), () -> previewText(robot));
        await(() -> !hint.isVisible());
    }

    @Test
    void aPngOverriddenAsAStickerShowsSmall(FxRobot robot) throws Exception {
        Path image = PngFiles.solid(dir, "wave.png", 600, 400, 0xFF3366CC);
        openChatById(robot, SeedData.ALICE_CHAT_ID);
        robot.drag(dragSource(robot, image)).dropTo("#editor");
        await(() -> robot.lookup(".attachment-detected").queryLabeled().getText().contains("image/png"));

        await(() -> robot.lookup(".preview-image").tryQuery().isPresent());
        ImageView photo = robot.lookup(".preview-image").queryAs(ImageView.class);
        assertThat(photo.getFitWidth()).isEqualTo(AttachmentAppearance.MEDIA_BOX);
        assertThat(photo.getFitHeight()).isEqualTo(213);

        robot.clickOn(".attachment .titled-pane > .title");
        @SuppressWarnings("unchecked")
        ComboBox<AttachmentType> type = robot.lookup("#typeBox").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(AttachmentType.STICKER));

        await(() -> robot.lookup(".preview-sticker").tryQuery().isPresent());
        ImageView sticker = robot.lookup(".preview-sticker").queryAs(ImageView.class);
        assertThat(sticker.getFitWidth()).isEqualTo(AttachmentAppearance.STICKER_BOX);
        assertThat(sticker.getFitHeight()).isEqualTo(107);
        assertThat(robot.lookup(".preview-image").tryQuery()).isEmpty();
    }

    private static Label dragSource(FxRobot robot, Path file) {
        return FileDrags.source(robot, List.of(file));
    }
}
