package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enter and Shift+Enter in the real editor: line breaks, and Markdown lists that go on by themselves. */
@ExtendWith(ApplicationExtension.class)
class EditorKeysTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void shiftEnterBreaksTheLine(FxRobot robot) throws Exception {
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.clickOn("#editor").write("a");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("b");
        await(() -> editor.getText().equals("a\nb"), editor::getText);
    }

    @Test
    void enterContinuesAListAndEndsItOnAnEmptyItem(FxRobot robot) throws Exception {
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.clickOn("#editor").write("- one");
        robot.type(KeyCode.ENTER).write("two");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER).write("after");
        robot.type(KeyCode.ENTER).write("1. first");
        robot.type(KeyCode.ENTER).write("second");
        await(() -> editor.getText().equals("- one\n- two\nafter\n1. first\n2. second"), editor::getText);
    }
}
