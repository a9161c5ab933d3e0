package com.beepercomposer.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog's button by its text. Looking the text up alone can find a button of the main window
 * first ("Cancel" is also the edit banner's and the upload's), depending on the order TestFX
 * lists the windows in.
 */
final class DialogButtons {
    private DialogButtons() {
    }

    static Button named(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> isIt(n, text)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isIt(n, text)).queryButton();
    }

    private static boolean isIt(Node node, String text) {
        return node instanceof Button button && text.equals(button.getText()) && button.getParent() != null
                && node.getScene() != null && node.getScene().getRoot() instanceof DialogPane;
    }
}
