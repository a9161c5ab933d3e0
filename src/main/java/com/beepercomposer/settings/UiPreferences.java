package com.beepercomposer.settings;

/**
 * How the person left the window: its bounds, the theme, whether the preview shows, and where
 * the dividers stand (composer above history, table beside details), as fractions, and the
 * language chosen for the window ("" follows the system's, else a tag such as "de").
 */
public record UiPreferences(double x, double y, double width, double height, boolean maximized, boolean dark,
                            boolean previewShown, double mainDivider, double detailsDivider, String language) {
    public static final double DEFAULT_MAIN_DIVIDER = 0.5;
    public static final double DEFAULT_DETAILS_DIVIDER = 0.7;
    public static final UiPreferences DEFAULT = new UiPreferences(Double.NaN, Double.NaN, 1180, 860, false, false,
            true, DEFAULT_MAIN_DIVIDER, DEFAULT_DETAILS_DIVIDER, "");

    public UiPreferences {
        mainDivider = divider(mainDivider, DEFAULT_MAIN_DIVIDER);
        detailsDivider = divider(detailsDivider, DEFAULT_DETAILS_DIVIDER);
        language = language == null ? "" : language.strip();
    }

    /** The form before the language was chosen in the app: it follows the system's. */
    public UiPreferences(double x, double y, double width, double height, boolean maximized, boolean dark,
                         boolean previewShown, double mainDivider, double detailsDivider) {
        this(x, y, width, height, maximized, dark, previewShown, mainDivider, detailsDivider, "");
    }

    /** The older form, before the dividers were remembered. */
    public UiPreferences(double x, double y, double width, double height, boolean maximized, boolean dark,
                         boolean previewShown) {
        this(x, y, width, height, maximized, dark, previewShown, DEFAULT_MAIN_DIVIDER, DEFAULT_DETAILS_DIVIDER, "");
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public UiPreferences withBounds(double newX, double newY, double newWidth, double newHeight, boolean max) {
        return new UiPreferences(newX, newY, newWidth, newHeight, max, dark, previewShown, mainDivider, detailsDivider,
                language);
    }

    public UiPreferences withDark(boolean newDark) {
        return new UiPreferences(x, y, width, height, maximized, newDark, previewShown, mainDivider, detailsDivider,
                language);
    }

    public UiPreferences withPreviewShown(boolean shown) {
        return new UiPreferences(x, y, width, height, maximized, dark, shown, mainDivider, detailsDivider, language);
    }

    public UiPreferences withDividers(double main, double details) {
        return new UiPreferences(x, y, width, height, maximized, dark, previewShown, main, details, language);
    }

    public UiPreferences withLanguage(String tag) {
        return new UiPreferences(x, y, width, height, maximized, dark, previewShown, mainDivider, detailsDivider, tag);
    }

    /** A divider dragged to an edge would hide a pane for good: keep it where both stay usable. */
    private static double divider(double position, double fallback) {
        return Double.isNaN(position) ? fallback : Math.max(0.1, Math.min(0.9, position));
    }
}
