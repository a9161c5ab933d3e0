package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import com.beepercomposer.settings.UiPreferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens where it was left, never larger than the screen, and follows moves. */
@ExtendWith(ApplicationExtension.class)
class UiSettingsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
    }

    @Test
    void restoresBoundsClampsToTheScreenAndFollowsMoves(FxRobot robot) {
        // at the very top: a window clamped to the screen's height and placed lower would hang off
        // its bottom, which the headless screen cannot paint
        UiSettings settings = new UiSettings(UiPreferences.DEFAULT.withBounds(40, 0, 900, 5000, false), null,
                UiExecutor.direct());

        robot.interact(() -> {
            settings.restoreAndFollow(stage);
            stage.show();
        });

        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isLessThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        robot.interact(() -> stage.setX(120));
        assertThat(settings.preferencesProperty().get().x()).isEqualTo(120);
    }

    @Test
    void theDarkSwitchAppliesTheDarkTheme(FxRobot robot) {
        UiSettings settings = UiSettings.inMemory();
        robot.interact(() -> settings.setDark(true));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(settings.dark()).isTrue();
        robot.interact(() -> settings.setDark(false));
    }

    @Test
    void splitsOpenWhereTheirDividersWereLeftAndFollowDrags(FxRobot robot) {
        UiSettings settings = new UiSettings(UiPreferences.DEFAULT.withDividers(0.3, 0.7), null, UiExecutor.direct());
        javafx.scene.control.SplitPane main = new javafx.scene.control.SplitPane(new StackPane(), new StackPane());
        javafx.scene.control.SplitPane details = new javafx.scene.control.SplitPane(new StackPane(), new StackPane());

        robot.interact(() -> {
            settings.restoreAndFollow(main, true);
            settings.restoreAndFollow(details, false);
        });
        assertThat(main.getDividerPositions()).containsExactly(0.3);
        assertThat(details.getDividerPositions()).containsExactly(0.7);

        robot.interact(() -> main.setDividerPositions(0.5));
        assertThat(settings.preferencesProperty().get().mainDivider()).isEqualTo(0.5);
        assertThat(settings.preferencesProperty().get().detailsDivider()).isEqualTo(0.7);
    }
}
