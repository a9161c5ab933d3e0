package com.beepercomposer.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

/** Files dragged into the window as a file manager drags them: from a node that carries them. */
final class FileDrags {
    private FileDrags() {
    }

    /** A node at the top of the composer that starts a drag carrying the files. */
    static Label source(FxRobot robot, List<Path> files) {
        Label source = new Label("drag me");
        source.setId("dragSource");
        source.setOnDragDetected(event -> {
            var board = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(files.stream().map(Path::toFile).toList());
            board.setContent(content);
            event.consume();
        });
        robot.interact(() -> composer(robot).getChildren().add(0, source));
        return source;
    }

    /** Drops the files on the editor, and takes the source away again. */
    static void dropOnEditor(FxRobot robot, List<Path> files) {
        Label source = source(robot, files);
        robot.drag(source).dropTo("#editor");
        robot.interact(() -> composer(robot).getChildren().remove(source));
    }

    private static VBox composer(FxRobot robot) {
        return robot.lookup(".composer").queryAs(VBox.class);
    }
}
