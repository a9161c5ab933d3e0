package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main flow with no mouse at all, and the F1 list of every shortcut. */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest extends SandboxWindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void pickAChatWriteAndSendWithTheKeyboardOnly(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        await(() -> robot.lookup("#chatField").query().isFocused());
        robot.write("Alice");
        await(() -> robot.lookup(".chat-results").tryQuery().map(list -> list.isVisible()
                && !((javafx.scene.control.ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
        await(() -> !robot.lookup(".chat-info").queryLabeled().getText().isEmpty());
        await(() -> robot.lookup("#editor").query().isFocused());

        robot.write("typed without a mouse");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        TableView<HistoryRow> history = history(robot);
        await(() -> history.getItems().stream().anyMatch(row -> "typed without a mouse".equals(row.record().text())),
                () -> String.valueOf(history.getItems()));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        await(history::isFocused);
        await(() -> history.getSelectionModel().getSelectedIndex() == 0);
        await(() -> !robot.lookup("#requestArea").queryAs(org.fxmisc.richtext.CodeArea.class).getText().isEmpty());
    }

    @Test
    void f1ListsTheShortcutsAndEscClosesIt(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        await(() -> shortcutsWindow() != null);
        TableView<?> table = robot.lookup("#shortcutsTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(item -> ((Shortcuts.Shortcut) item).keys())
                .contains("F1", ComposerView.SEND.getDisplayText(), ComposerView.FOCUS_CHAT.getDisplayText(),
                        HistoryActions.COPY_CURL.getDisplayText(), WindowKeys.CONNECTION.getDisplayText());
        assertThat(table.getItems()).extracting(item -> ((Shortcuts.Shortcut) item).area())
                .contains("Composer", "History", "Connection");

        robot.type(KeyCode.ESCAPE);
        await(() -> shortcutsWindow() == null);
    }

    @Test
    void everyShortcutNamesAnAction() {
        assertThat(Shortcuts.all()).allSatisfy(s -> {
            assertThat(s.keys()).isNotBlank();
            assertThat(s.action()).isNotBlank();
        });
        assertThat(Shortcuts.all()).extracting(Shortcuts.Shortcut::keys).doesNotHaveDuplicates();
    }

    private static Window shortcutsWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s
                && ShortcutsWindow.title().equals(s.getTitle()) && s.isShowing()).findFirst().orElse(null);
    }
}
