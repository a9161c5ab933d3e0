package com.beepercomposer.sandbox;

import com.beepercomposer.compose.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real image files for upload tests, made on the fly. */
public final class PngFiles {
    private PngFiles() {
    }

    static Path png(Path dir, String name, int width, int height) throws IOException {
        return image(dir, name, "png", width, height);
    }

    static Path image(Path dir, String name, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366CC);
        }
        Path file = dir.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /** A PNG of one colour (ARGB), written by the app's own encoder: no AWT beside JavaFX. */
    public static Path solid(Path dir, String name, int width, int height, int argb) throws IOException {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return Files.write(dir.resolve(name), PngEncoder.encode(width, height, pixels));
    }
}
