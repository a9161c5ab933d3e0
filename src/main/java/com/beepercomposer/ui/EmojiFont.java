package com.beepercomposer.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emoji in chat titles and messages: many systems have no emoji font JavaFX can draw (colour
 * bitmap fonts, the usual kind, it cannot), so their emoji came out as empty boxes. Noto Emoji,
 * monochrome outlines under the SIL Open Font License (its text beside the font), ships inside the
 * app; once loaded, JavaFX's font fallback takes glyphs from it that the UI font lacks, so no
 * style has to name it.
 */
public final class EmojiFont {
    static final String FAMILY = "Noto Emoji";
    private static final Logger LOG = LoggerFactory.getLogger(EmojiFont.class);
    private static volatile boolean loaded;

    private EmojiFont() {
    }

    /**
     * Loads the bundled font once; later calls do nothing. Reads about 900 KB: the app calls it in
     * {@code init()}, off the FX thread, so the window's own call finds it done.
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (InputStream in = EmojiFont.class.getResourceAsStream("fonts/NotoEmoji-Regular.ttf")) {
            if (in == null || Font.loadFont(in, 13) == null) {
                LOG.warn("The bundled emoji font could not be loaded; emoji may show as boxes");
            }
        } catch (IOException e) {
            LOG.warn("The bundled emoji font could not be read: {}", e.getMessage());
        }
    }
}
