package com.beepercomposer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import com.beepercomposer.api.AccessToken;
import com.beepercomposer.api.BeeperClient;
import com.beepercomposer.api.ClientConfig;
import com.beepercomposer.history.InMemorySendLog;
import com.beepercomposer.settings.ConnectionTarget;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real main window opens headless and its connection bar reports what the server said. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MockWebServer server;
    private Stage stage;
    private int iconsWhenShown;

    @Start
    void start(Stage stage) throws IOException {
        server = new MockWebServer();
        server.start();
        server.enqueue(json("{\"app\":{\"name\":\"Beeper Desktop\",\"version\":\"4.2.1\",\"bundle_id\":\"b\"}}"));
        server.enqueue(json("[{\"accountID\":\"a\",\"user\":{\"id\":\"u\",\"fullName\":\"Sam Desk\"},"
                + "\"bridge\":{\"id\":\"b\"}}]"));
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + server.getPort(), AccessToken.of("t"));
        stage.getIcons().clear(); // the stage is shared by the tests
        new MainWindow(new AppServices(new ConnectionTarget(config, false), new BeeperClient(config),
                new InMemorySendLog(), UiSettings.inMemory(), UiExecutor.fx(), Runnable::run)).show(stage);
        this.stage = stage;
        iconsWhenShown = stage.getIcons().size();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void opensWithTheThreeRegionsAndReportsTheConnection(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".connection-bar").tryQuery()).isPresent();
        assertThat(robot.lookup(".composer").tryQuery()).isPresent();
        assertThat(robot.lookup(".history").queryAs(javafx.scene.layout.VBox.class)).isNotNull();
        assertThat(robot.lookup(".history .table-view").queryAs(TableView.class)).isNotNull();

        Label status = robot.lookup(".status-label").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getStyleClass().contains("health-ok"));
        assertThat(status.getText()).isEqualTo("Beeper Desktop 4.2.1 · Sam Desk");
        assertThat(status.getStyleClass()).contains("health-ok");
        assertThat(robot.lookup(".sandbox-badge").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theIconsArriveAfterTheFirstFrame() throws Exception {
        assertThat(iconsWhenShown).as("not decoded before the window shows").isZero();
        waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 5);
        assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        assertThat(stage.getIcons().get(0).getWidth()).isEqualTo(16);
    }

    @Test
    void aTooltipIsMadeWhenThePointerFirstReachesItsControl(FxRobot robot) throws Exception {
        // In the composer, inside the window's split pane, whose items join the scene graph with its skin.
        javafx.scene.control.ToggleButton preview = robot.lookup("#previewToggle")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(preview.getTooltip()).as("none before the pointer comes").isNull();
        assertThat(preview.getAccessibleHelp()).isEqualTo(com.beepercomposer.i18n.Texts.get("composer.previewToggle.tooltip"));

        robot.moveTo(preview);
        waitFor(5, TimeUnit.SECONDS, () -> preview.getTooltip() != null);
        assertThat(preview.getTooltip().getText()).isEqualTo(preview.getAccessibleHelp());

        // The history's "All connections" check box names the connection its rows are limited to.
        javafx.scene.control.CheckBox all = robot.lookup("#allConnections").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(all.getTooltip()).as("none before the pointer comes").isNull();
        robot.moveTo(all);
        waitFor(5, TimeUnit.SECONDS, () -> all.getTooltip() != null);
        assertThat(all.getTooltip().getText()).contains("Beeper Desktop")
                .isEqualTo(all.getAccessibleHelp());

        // The history table's help is for screen readers: no tooltip over its rows.
        TableView<?> table = robot.lookup(".history .table-view").queryAs(TableView.class);
        assertThat(table.getAccessibleHelp()).isNotEmpty();
        robot.moveTo(table);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getTooltip()).isNull();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
