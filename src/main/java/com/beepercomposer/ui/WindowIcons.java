package com.beepercomposer.ui;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;

/**
 * The window's icon in five sizes. Decoding them took a tenth of the window's start on the FX
 * thread, and in {@code init()} still held the first frame up: the main window decodes them off
 * the FX thread once it has drawn its first frame.
 */
public final class WindowIcons {
    private static List<Image> icons;

    private WindowIcons() {
    }

    public static synchronized List<Image> load() {
        if (icons == null) {
            icons = IntStream.of(16, 32, 64, 128, 256)
                    .mapToObj(size -> new Image(WindowIcons.class.getResource("icons/beeper-composer-" + size + ".png")
                            .toExternalForm()))
                    .toList();
        }
        return icons;
    }
}
