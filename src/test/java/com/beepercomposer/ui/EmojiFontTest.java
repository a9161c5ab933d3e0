package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An emoji in ordinary UI text draws as its glyph, not as the empty box of a missing one. */
@ExtendWith(ApplicationExtension.class)
class EmojiFontTest {
    private Label emoji;
    private Label missing;

    @Start
    void start(Stage stage) {
        EmojiFont.load();
        // Thumbs up: absent from the usual Linux fonts; U+E000 is private use, drawn as the missing-glyph box.
        emoji = new Label("\uD83D\uDC4D");
        missing = new Label("\uE000");
        emoji.setStyle("-fx-font-size: 24px");
        missing.setStyle("-fx-font-size: 24px");
        stage.setScene(new Scene(new VBox(emoji, missing), 100, 100));
        stage.show();
    }

    @Test
    void theBundledFontIsLoadedAndUsedAsFallback(FxRobot robot) {
        assertThat(Font.getFamilies()).contains(EmojiFont.FAMILY);
        int[][] pixels = new int[2][];
        robot.interact(() -> {
            pixels[0] = pixels(emoji.snapshot(null, null));
            pixels[1] = pixels(missing.snapshot(null, null));
        });
        assertThat(Arrays.equals(pixels[0], pixels[1])).as("the emoji drew as the missing-glyph box").isFalse();
    }

    private static int[] pixels(WritableImage image) {
        int w = 24;
        int h = 24;
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, Math.min(w, (int) image.getWidth()), Math.min(h, (int) image.getHeight()),
                PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
