package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.compose.DraftStore;
import com.beepercomposer.compose.SavedDraft;
import com.beepercomposer.compose.SavedDrafts;
import com.beepercomposer.sandbox.SeedData;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A draft left in a chat of the built-in sandbox comes back with its chat when the app starts
 * again, though the sandbox only starts listening after the window's first frame.
 */
class DraftRestartTest extends RestartedAppTestBase {
    @Start
    void start(Stage stage) {
        startApp(stage);
    }

    @Override
    void leftByTheLastRun(Path dataDir) {
        String chat = SeedData.ERIN_CHAT_ID;
        new DraftStore(dataDir).save(new SavedDrafts(chat,
                Map.of(chat, new SavedDraft(chat, "Running late, see you at the station", null, null))));
    }

    @Test
    void theDraftComesBackInItsChat(FxRobot robot) throws Exception {
        TextField chat = robot.lookup("#chatField").queryAs(TextField.class);
        Label chatError = robot.lookup("#chatError").queryAs(Label.class);
        SandboxWindowTestBase.await(() -> chat.getText().equals("Erin Walsh") || !chatError.getText().isEmpty(),
                () -> "chat field '" + chat.getText() + "', error '" + chatError.getText() + "'");

        assertThat(chatError.getText()).isEmpty();
        assertThat(chat.getText()).isEqualTo("Erin Walsh");
        assertThat(robot.lookup("#editor").queryAs(org.fxmisc.richtext.CodeArea.class).getText())
                .isEqualTo("Running late, see you at the station");
    }
}
