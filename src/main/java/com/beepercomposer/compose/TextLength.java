package com.beepercomposer.compose;

/**
 * How the composer counts text against {@code maxTextLength}: in Unicode code points, so an
 * emoji counts once as the person sees it, not as two UTF-16 units.
 */
public final class TextLength {
    private TextLength() {
    }

    public static int of(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
