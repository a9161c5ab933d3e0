package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.beepercomposer.settings.PreferencesStore;
import com.beepercomposer.settings.UiPreferences;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The language chosen in an earlier run: the app starts again speaking it. */
class LanguageRestartTest extends RestartedAppTestBase {
    @Start
    void start(Stage stage) {
        startApp(stage);
    }

    @Override
    void leftByTheLastRun(Path dataDir) {
        Languages.allowChoice();
        // What choosing Deutsch from the menu left behind when the last run ended.
        new PreferencesStore(dataDir.resolve("preferences.properties"))
                .save(UiPreferences.DEFAULT.withLanguage("de"));
    }

    @AfterEach
    void speakAsBefore() {
        Languages.reset();
    }

    @Test
    void theWindowStartsInTheLanguageSavedLastTime(FxRobot robot) {
        assertThat(robot.lookup("#sendButton").queryButton().getText()).isEqualTo("Senden");
        assertThat(robot.lookup("#connectionButton").queryButton().getText()).isEqualTo("Verbindung…");
        // Texts the views set themselves as they build their controls, not through a binding.
        assertThat(robot.lookup("#requestPreviewButton").queryButton().getText()).isEqualTo("Anfrage ansehen");
        javafx.scene.control.TableView<?> history = robot.lookup(".history .table-view")
                .queryAs(javafx.scene.control.TableView.class);
        assertThat(history.getColumns()).filteredOn(c -> "timeColumn".equals(c.getId()))
                .singleElement().extracting(javafx.scene.control.TableColumnBase::getText).isEqualTo("Zeit");
    }
}
