package com.beepercomposer.settings;

/** How the person left the window: its bounds, the theme, and whether the preview shows. */
public record UiPreferences(double x, double y, double width, double height, boolean maximized, boolean dark,
                            boolean previewShown) {
    public static final UiPreferences DEFAULT = new UiPreferences(Double.NaN, Double.NaN, 1180, 860, false, false,
            true);

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public UiPreferences withBounds(double newX, double newY, double newWidth, double newHeight, boolean max) {
        return new UiPreferences(newX, newY, newWidth, newHeight, max, dark, previewShown);
    }

    public UiPreferences withDark(boolean newDark) {
        return new UiPreferences(x, y, width, height, maximized, newDark, previewShown);
    }

    public UiPreferences withPreviewShown(boolean shown) {
        return new UiPreferences(x, y, width, height, maximized, dark, shown);
    }
}
