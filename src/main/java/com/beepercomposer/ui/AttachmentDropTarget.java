package com.beepercomposer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.TransferMode;

/**
 * Files dropped on the composer, and files or images pasted into it, become the attachment
 * (several at once: the attachment queue).
 * Only reading the drag board or clipboard happens here; the attachment model does the rest.
 */
final class AttachmentDropTarget {
    private final AttachmentViewModel attachment;

    AttachmentDropTarget(Node target, AttachmentViewModel attachment) {
        this.attachment = attachment;
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            boolean taken = !files.isEmpty();
            if (taken) {
                List<Path> dropped = files.stream().map(File::toPath).toList();
                // The drop finishes first: a question about replacing comes after the gesture.
                UiExecutor.later(() -> attachment.offerAll(dropped));
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    /**
     * Ctrl+V: a copied file is attached as is; an image with no text becomes a PNG file. Returns
     * false for plain text, which pastes into the editor as usual.
     */
    boolean paste(Clipboard clipboard) {
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            attachment.offerAll(clipboard.getFiles().stream().map(File::toPath).toList());
            return true;
        }
        if (clipboard.hasImage() && !clipboard.hasString()) {
            Image image = clipboard.getImage();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            attachment.offerImage(width, height, pixels);
            return true;
        }
        return false;
    }
}
