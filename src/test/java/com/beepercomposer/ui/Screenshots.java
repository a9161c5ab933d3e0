package com.beepercomposer.ui;

import com.beepercomposer.compose.PngEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

/** Writes a window as a PNG under {@code target/screenshots/}, for a reviewer to look at. */
final class Screenshots {
    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /**
     * Saves the main window in the light theme and, through its theme button, in the dark one;
     * checks the dark one is darker, and leaves the light theme on.
     */
    static void inBothThemes(FxRobot robot, Parent root, String name) throws Exception {
        inBothThemes(robot, root, name, () -> robot.clickOn("#themeToggle"));
    }

    /**
     * As {@link #inBothThemes(FxRobot, Parent, String)} for a window of its own over the main one
     * (a dialog, the matrix): the main window's theme button is switched without a click, which
     * would land on the window in front.
     */
    static void ownWindowInBothThemes(FxRobot robot, Parent root, String name) throws Exception {
        ToggleButton toggle = robot.lookup("#themeToggle").queryAs(ToggleButton.class);
        inBothThemes(robot, root, name, () -> robot.interact(() -> toggle.setSelected(!toggle.isSelected())));
    }

    private static void inBothThemes(FxRobot robot, Parent root, String name, Runnable switchTheme) throws Exception {
        double light = save(robot, root, name + "-light");
        switchTheme.run();
        SandboxWindowTestBase.await(() -> robot.lookup("#themeToggle").queryAs(ToggleButton.class).isSelected());
        double dark = save(robot, root, name + "-dark");
        switchTheme.run();
        SandboxWindowTestBase.await(() -> !robot.lookup("#themeToggle").queryAs(ToggleButton.class).isSelected());
        org.assertj.core.api.Assertions.assertThat(dark).as(name + ": the dark theme is darker").isLessThan(light);
    }

    /**
     * Lays out the scene of {@code root}, writes it as {@code name.png} and returns its mean
     * brightness (0..1), so a test can tell the dark theme from the light one.
     */
    static double save(FxRobot robot, Parent root, String name) throws Exception {
        Files.createDirectories(DIR);
        Object[] result = new Object[2];
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            WritableImage image = root.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            result[0] = PngEncoder.encode(w, h, argb);
            double sum = 0;
            for (int p : argb) {
                sum += ((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) / 765.0;
            }
            result[1] = sum / argb.length;
        });
        Files.write(DIR.resolve(name + ".png"), (byte[]) result[0]);
        return (double) result[1];
    }
}
